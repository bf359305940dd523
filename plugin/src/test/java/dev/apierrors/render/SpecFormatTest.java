package dev.apierrors.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.TestSpecs;
import dev.apierrors.load.FileResource;
import dev.apierrors.load.SpecLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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

    @ParameterizedTest
    @ValueSource(strings = {"petstore-30.yaml", "events-31.yaml", "multi/openapi.yaml", "petstore-20.yaml", "tricky"})
    void yamlWrittenInTwoPartsIsTheSameBytesAtEverySplit(String name) {
        ObjectNode document = "tricky".equals(name) ? tricky() : TestSpecs.document(name);
        byte[] whole = SpecFormat.yamlInOnePart(document);

        for (int split = 1; split < document.size(); split++) {
            assertThat(new String(SpecFormat.yamlInTwoParts(document, split), StandardCharsets.UTF_8))
                    .as("split before entry %d of %s", split, name)
                    .isEqualTo(new String(whole, StandardCharsets.UTF_8));
        }
    }

    @Test
    void onlyALargeDocumentIsSplitAndIntoPartsOfAboutTheSameSize() {
        ObjectNode small = TestSpecs.document("petstore-30.yaml");
        ObjectNode large = JsonNodeFactory.instance.objectNode();
        large.put("openapi", "3.0.3");
        large.set("info", small.get("info"));
        ObjectNode paths = large.putObject("paths");
        ObjectNode schemas = large.putObject("components").putObject("schemas");
        for (int i = 0; i < 1000; i++) {
            paths.putObject("/p" + i).putObject("get").put("operationId", "op" + i);
            schemas.putObject("S" + i).put("type", "object");
        }
        large.putObject("x-trailer").put("note", "small");

        assertThat(SpecFormat.splitPoint(small)).as("small: one thread").isZero();
        assertThat(SpecFormat.splitPoint(large)).as("paths before, components after").isEqualTo(3);
        assertThat(SpecFormat.YAML.write(large)).isEqualTo(SpecFormat.yamlInOnePart(large));
    }

    /** Values that end parts in every way a block can end: literal blocks, kept line breaks, empty ones. */
    private static ObjectNode tricky() {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("openapi", "3.0.3");
        document.put("kept", "ends with line breaks\n\n");
        document.putObject("nested").put("text", "multi\nline\n\n\n").putArray("list").add("a\n").addObject();
        document.putArray("empty");
        document.putObject("emptyObject");
        document.putNull("null");
        document.put("leading", "  indented\nlines");
        document.putArray("items").add("x").add(" \n").addArray();
        for (int i = 0; i < TRICKY.size(); i++) {
            document.put(TRICKY.get(i), TRICKY.get(i));
        }
        document.put("last", "trailing\n\n");
        return document;
    }
}
