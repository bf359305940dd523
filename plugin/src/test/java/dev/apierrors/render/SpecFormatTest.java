package dev.apierrors.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.load.FileResource;
import dev.apierrors.load.SpecLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpecFormatTest {

    private static final List<String> TRICKY = List.of("1", "1.0", "1.10", "-2", "yes", "no", "on", "off", "y", "n",
            "true", "False", "null", "~", "", "0x1F", "1e3", "010", "2021-10-19", "12:30", ":", "- x", "# not a comment",
            "key: value", " leading", "trailing ", "multi\nline\n", "tab\there", "quote\"s and 'single'", "back\\slash",
            "{{mustache}}", "*/", "\\u002a/", "ünïcødé ✓", "@at", "`tick`", "&anchor", "*alias", "!tag", "%percent",
            "<<", "=", ".inf", ".NaN", "nel\u0085x", "ls\u2028x", "ps\u2029x");

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(SpecFormat.class)
    void whatIsWrittenReadsBackAsTheSameTree(SpecFormat format) throws IOException {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("openapi", "3.0.3");
        document.putObject("info").put("title", "t").put("version", "1");
        document.putObject("paths");
        ObjectNode strings = document.putObject("x-strings");
        ObjectNode keys = document.putObject("x-keys");
        for (int i = 0; i < TRICKY.size(); i++) {
            strings.put("s" + i, TRICKY.get(i));
            keys.put(TRICKY.get(i), i);
        }
        ObjectNode numbers = document.putObject("x-numbers");
        numbers.put("int", 7).put("long", 1L << 40).put("decimal", new BigDecimal("1.10"))
                .put("big", new BigDecimal("12345678901234567890.5")).put("negative", -3).put("bool", true)
                .put("exponent", new BigDecimal("1.0e+3")).put("hugeExponent", new BigDecimal("1.0e+999999999"))
                .put("tinyExponent", new BigDecimal("5e-400"));
        numbers.putNull("null");
        numbers.putArray("empty");
        numbers.putObject("emptyObject");

        Path file = folder.resolve(format == SpecFormat.YAML ? "out.yaml" : "out.json");
        Files.write(file, format.write(document));
        JsonNode reread = new SpecLoader().load(new FileResource(file)).document();

        assertThat(reread).isEqualTo(document);
        assertThat(Files.readString(file)).doesNotContain("\r");
    }
}
