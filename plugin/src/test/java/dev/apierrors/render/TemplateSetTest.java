package dev.apierrors.render;

import dev.apierrors.shared.ApiErrorsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateSetTest {

    @TempDir
    Path user;

    @Test
    void aTemplateOfTheSameNameReplacesTheDefaultOneAndPartialsToo() throws IOException {
        Files.writeString(user.resolve("errorStatus.mustache"), "// mine {{packageName}}\n{{>fileHeader}}");
        Files.writeString(user.resolve("fileHeader.mustache"), "// my header");

        TemplateSet templates = TemplateSet.compile(List.of("errorStatus", "validationDetail"), user);

        assertThat(templates.isOverridden("errorStatus")).isTrue();
        assertThat(templates.render("errorStatus", Map.of("packageName", "a.b")))
                .isEqualTo("// mine a.b\n// my header");
        assertThat(templates.isOverridden("validationDetail")).isFalse();
        assertThat(templates.render("validationDetail", Map.of("packageName", "a.b")))
                .as("the default template, with the user's partial").startsWith("// my header")
                .contains("public record ValidationDetail(");
    }

    @Test
    void valuesAreNotHtmlEscaped() throws IOException {
        Files.writeString(user.resolve("errorStatus.mustache"), "{{value}}");

        TemplateSet templates = TemplateSet.compile(List.of("errorStatus"), user);

        assertThat(templates.render("errorStatus", Map.of("value", "List<String> a = \"&\";")))
                .isEqualTo("List<String> a = \"&\";");
    }

    @Test
    void aBrokenTemplateIsNamedInTheError() throws IOException {
        Files.writeString(user.resolve("errorStatus.mustache"), "{{#open}} never closed");

        assertThatThrownBy(() -> TemplateSet.compile(List.of("errorStatus"), user))
                .isInstanceOf(ApiErrorsException.class)
                .hasMessageContaining(user.resolve("errorStatus.mustache").toString());
    }

    @Test
    void aMissingDirectoryIsAConfigurationError() {
        assertThatThrownBy(() -> TemplateSet.compile(List.of("errorStatus"), user.resolve("nope")))
                .isInstanceOf(ApiErrorsException.class).hasMessageContaining("is not a directory");
    }
}
