package dev.apierrors.view;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class UsedNamesTest {

    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:[a-zA-Z0-9_]+\\.)+([A-Za-z0-9_]+);");

    @Test
    void everyTypeTheDefaultTemplatesImportIsReservedForModelNames() throws IOException {
        Path templates = Path.of("../templates/src/main/resources/dev/apierrors/templates");
        Set<String> imported = new TreeSet<>();
        try (Stream<Path> files = Files.list(templates)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher matcher = IMPORT.matcher(Files.readString(file));
                while (matcher.find()) {
                    imported.add(matcher.group(1));
                }
            }
        }

        assertThat(imported).as("the templates import types").contains("Type", "Field", "Order");
        assertThat(ViewBuilder.USED_NAMES).containsAll(imported);
    }
}
