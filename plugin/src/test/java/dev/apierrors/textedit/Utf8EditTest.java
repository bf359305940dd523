package dev.apierrors.textedit;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.document.Pointers;
import dev.apierrors.load.DocumentReader;
import dev.apierrors.load.FileResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The edit of a JSON text's UTF-8 bytes ({@link TextEdit#applyUtf8(byte[], List, List)}) gives
 * exactly the bytes of the edit of the decoded text, encoded: for every description of the test
 * corpora written as JSON in several layouts (as they are, and with characters of two, three and
 * four bytes in every key and text), and for texts whose non-ASCII characters stand before,
 * inside and after the edited objects.
 */
class Utf8EditTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> corpus() {
        return Stream.of("specs/petstore-30.yaml", "specs/risk-profiles.yaml", "specs/events-31.yaml",
                "specs/webhooks-31.yaml", "specs/hostile.yaml", "hostile/names.yaml", "valid-edge/openapi30-edge.yaml",
                "valid-edge/openapi31-edge.yaml", "specs/multi/openapi.yaml", "specs/petstore-20.yaml",
                "specs/swagger-2.yaml", "textedit/styled.yaml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theBytesEditedAreTheTextEditedInEveryLayout(String name) throws Exception {
        JsonNode read = new DocumentReader().read(new FileResource(resource(name))).tree();
        theBytesEditedAreTheTextEdited(read);
        theBytesEditedAreTheTextEdited(widened(read));
    }

    private static void theBytesEditedAreTheTextEdited(JsonNode tree) throws IOException {
        String pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        List<String> layouts = List.of(pretty, pretty + "\n", tree.toString(),
                "\uFEFF" + tabsAndCrlf(pretty) + "\r\n");
        Edits edits = edits(tree);
        assertThat(edits.insertions).as("the corpus file gives insertions").isNotEmpty();
        assertThat(edits.replacements).as("the corpus file gives replacements").isNotEmpty();

        for (String text : layouts) {
            byte[] edited = sameAsTheTextEdit(text, edits.insertions, edits.replacements);
            assertThat(Parsed.read(new String(edited, StandardCharsets.UTF_8), "json").toString())
                    .as("the edited bytes read as the tree with the edits made")
                    .isEqualTo(edits.expected(tree).toString());
        }
    }

    @Test
    void charactersOfTwoThreeAndFourBytesBeforeAndInsideTheEditedObjectsKeepThePlaces() {
        String text = "{\n  \"info\": {\"title\": \"caf\u00e9 \u20ac \uD83D\uDE00\", \"x-\u00e9\": \"\u20ac\"},\n"
                + "  \"paths\": {\n    \"/\u00e9t\u00e9/\uD83D\uDE00\": {\n      \"get\": {\n"
                + "        \"summary\": \"\u4e2d\u6587 \\\"quoted\\\" \uD83D\uDE00\",\n"
                + "        \"responses\": {\"200\": {\"description\": \"\u20ac\u20ac\u20ac\"}}\n      }\n    }\n  },\n"
                + "  \"x-\uD83D\uDE00\": {}\n}\n";
        List<Insertion> insertions = List.of(
                new Insertion("/paths/~1\u00e9t\u00e9~1\uD83D\uDE00/get/responses", "404",
                        json("{\"description\": \"Nicht gefunden \u2013 \u00fc \uD83D\uDE00\"}")),
                new Insertion("/info", "x-\u20ac", json("\"\uD83D\uDE00\"")),
                new Insertion("/x-\uD83D\uDE00", "\u00e9", json("[1, \"\u20ac\"]")));
        List<Replacement> replacements = List.of(
                new Replacement("/paths/~1\u00e9t\u00e9~1\uD83D\uDE00/get/summary", json("\"\u00e9\u20ac\uD83D\uDE00\"")),
                new Replacement("/info/x-\u00e9", json("{\"k\": \"\u00e9\"}")));

        byte[] edited = sameAsTheTextEdit(text, insertions, replacements);

        assertThat(new String(edited, StandardCharsets.UTF_8)).isEqualTo("{\n"
                + "  \"info\": {\"title\": \"caf\u00e9 \u20ac \uD83D\uDE00\", \"x-\u00e9\": {\n    \"k\": \"\u00e9\"\n  },"
                + " \"x-\u20ac\": \"\uD83D\uDE00\"},\n"
                + "  \"paths\": {\n    \"/\u00e9t\u00e9/\uD83D\uDE00\": {\n      \"get\": {\n"
                + "        \"summary\": \"\u00e9\u20ac\uD83D\uDE00\",\n"
                + "        \"responses\": {\"200\": {\"description\": \"\u20ac\u20ac\u20ac\"},"
                + " \"404\": {\"description\": \"Nicht gefunden \u2013 \u00fc \uD83D\uDE00\"}}\n      }\n    }\n  },\n"
                + "  \"x-\uD83D\uDE00\": {\n    \"\u00e9\": [\n      1,\n      \"\u20ac\"\n    ]\n  }\n}\n");
    }

    @Test
    void aByteOrderMarkStaysAndTheOffsetsStartAfterIt() {
        String text = "\uFEFF{\"\u00e9\": {\"a\": 1}}";
        byte[] edited = sameAsTheTextEdit(text, List.of(new Insertion("/\u00e9", "b", json("\"\u20ac\""))), List.of());

        assertThat(edited).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(edited, StandardCharsets.UTF_8)).isEqualTo("\uFEFF{\"\u00e9\": {\"a\": 1, \"b\": \"\u20ac\"}}");
    }

    @Test
    void crlfAndTabsStayInTheNewLines() {
        String text = "{\r\n\t\"\u00e9\": {\r\n\t\t\"\uD83D\uDE00\": \"\u20ac\"\r\n\t},\r\n\t\"b\": {}\r\n}\r\n";
        byte[] edited = sameAsTheTextEdit(text, List.of(new Insertion("/\u00e9", "c", json("{\"d\": \"\u00e9\"}")),
                new Insertion("/b", "e", json("true"))), List.of());

        assertThat(new String(edited, StandardCharsets.UTF_8)).isEqualTo("{\r\n\t\"\u00e9\": {\r\n"
                + "\t\t\"\uD83D\uDE00\": \"\u20ac\",\r\n\t\t\"c\": {\r\n\t\t\t\"d\": \"\u00e9\"\r\n\t\t}\r\n\t},\r\n"
                + "\t\"b\": {\r\n\t\t\"e\": true\r\n\t}\r\n}\r\n");
    }

    @Test
    void minifiedJsonOnOneLineStaysOnOneLine() {
        String text = "{\"\u00e9\":{\"\uD83D\uDE00\":\"\u20ac\"},\"c\":{},\"d\":[{\"\u00e9\":1}]}";
        byte[] edited = sameAsTheTextEdit(text, List.of(new Insertion("/\u00e9", "x", json("{\"y\":[\"\u20ac\"]}")),
                new Insertion("/c", "z", json("\"\u00e9\"")), new Insertion("/d/0", "w", json("2"))), List.of());

        assertThat(new String(edited, StandardCharsets.UTF_8)).isEqualTo("{\"\u00e9\":{\"\uD83D\uDE00\":\"\u20ac\","
                + "\"x\":{\"y\":[\"\u20ac\"]}},\"c\":{\"z\":\"\u00e9\"},\"d\":[{\"\u00e9\":1,\"w\":2}]}");
    }

    @Test
    void noChangesGiveTheBytesAsTheyWere() {
        byte[] utf8 = "\uFEFF{\"\u00e9\": 1}".getBytes(StandardCharsets.UTF_8);

        assertThat(TextEdit.applyUtf8(utf8, List.of(), List.of())).isEqualTo(utf8).isNotSameAs(utf8);
    }

    @Test
    void bytesThatAreNotAJsonObjectAreRefusedAsTheTextIs() {
        byte[] yaml = "a:\n  b: 1\n".getBytes(StandardCharsets.UTF_8);
        byte[] broken = "{\"a\": {\"b\": 1}".getBytes(StandardCharsets.UTF_8);
        List<Insertion> insertion = List.of(new Insertion("/a", "c", json("2")));

        assertThatThrownBy(() -> TextEdit.applyUtf8(yaml, insertion, List.of()))
                .isInstanceOf(TextEditUnsupported.class).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> TextEdit.applyUtf8(broken, insertion, List.of()))
                .isInstanceOf(TextEditUnsupported.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> TextEdit.applyUtf8("{\"a\": [1]}".getBytes(StandardCharsets.UTF_8), insertion,
                List.of())).isInstanceOf(TextEditUnsupported.class).hasMessageContaining("'/a' is not an object");
    }

    /**
     * Edits the text's bytes, and checks that they are the bytes of the text edited as JSON (both
     * ways the text edit gives them) and not the bytes unchanged.
     */
    private static byte[] sameAsTheTextEdit(String text, List<Insertion> insertions, List<Replacement> replacements) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] edited = TextEdit.applyUtf8(utf8, insertions, replacements);

        assertThat(edited).as("the bytes edited, against the text edited").isEqualTo(
                TextEdit.apply(text, insertions, replacements, TextFormat.JSON).getBytes(StandardCharsets.UTF_8));
        assertThat(edited).isEqualTo(TextEdit.applyUtf8(text, insertions, replacements, TextFormat.JSON));
        assertThat(edited).isNotEqualTo(utf8);
        return edited;
    }

    /** Insertions and replacements spread over a whole tree, their keys and values not all ASCII. */
    private static final class Edits {
        final List<Insertion> insertions = new ArrayList<>();
        final List<Replacement> replacements = new ArrayList<>();
        private final List<JsonNode> values = List.of(json("\"\u00fcn\u00efc\u00f6d\u00e9 \u20ac \uD83D\uDE00\""),
                json("{\"description\": \"Fehler \u2013 \u00e9\", \"content\": {}}"), json("1.50"),
                json("[\"\uD83D\uDE00\", {\"\u00e9\": null}]"), json("{}"), json("[]"), json("false"));
        private int objects;
        private int scalars;

        void walk(JsonNode node, String pointer) {
            if (node.isObject()) {
                int object = objects++;
                for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = entries.next();
                    walk(entry.getValue(), pointer + "/" + Pointers.escape(entry.getKey()));
                }
                if (object % 3 == 0) {
                    insertions.add(new Insertion(pointer, "x-\u00e9\u20ac\uD83D\uDE00-" + object,
                            values.get(object % values.size())));
                }
                if (pointer.endsWith("/responses")) {
                    insertions.add(new Insertion(pointer, "599", values.get(1)));
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    walk(node.get(i), pointer + "/" + i);
                }
            } else if (scalars++ % 5 == 0) {
                replacements.add(new Replacement(pointer, values.get(scalars % values.size())));
            }
        }

        /** The tree with the edits made to it. */
        JsonNode expected(JsonNode original) {
            JsonNode copy = Parsed.inserted(original, insertions);
            for (Replacement replacement : replacements) {
                JsonPointer pointer = JsonPointer.compile(replacement.pointer());
                JsonNode parent = copy.at(pointer.head());
                if (parent.isArray()) {
                    ((ArrayNode) parent).set(Integer.parseInt(pointer.last().getMatchingProperty()), replacement.value());
                } else {
                    ((ObjectNode) parent).set(pointer.last().getMatchingProperty(), replacement.value());
                }
            }
            return copy;
        }
    }

    private static Edits edits(JsonNode tree) {
        Edits edits = new Edits();
        edits.walk(tree, "");
        return edits;
    }

    /** The tree with a character of two, three and four UTF-8 bytes added to each key and text. */
    private static JsonNode widened(JsonNode node) {
        if (node.isObject()) {
            ObjectNode wide = JSON.createObjectNode();
            node.fields().forEachRemaining(entry -> wide.set(entry.getKey() + "\u00e9\u20ac\uD83D\uDE00",
                    widened(entry.getValue())));
            return wide;
        }
        if (node.isArray()) {
            ArrayNode wide = JSON.createArrayNode();
            node.forEach(element -> wide.add(widened(element)));
            return wide;
        }
        return node.isTextual() ? JSON.getNodeFactory().textNode("\uD83D\uDE00\u20ac\u00e9" + node.asText()) : node;
    }

    /** The text with each line's leading pairs of spaces as tabs, and CRLF line breaks. */
    static String tabsAndCrlf(String pretty) {
        StringBuilder out = new StringBuilder();
        for (String line : pretty.split("\n", -1)) {
            int spaces = 0;
            while (spaces < line.length() && line.charAt(spaces) == ' ') {
                spaces++;
            }
            if (out.length() > 0) {
                out.append("\r\n");
            }
            out.append("\t".repeat(spaces / 2)).append(line, spaces - spaces % 2, line.length());
        }
        return out.toString();
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(Utf8EditTest.class.getResource("/" + name).toURI());
    }
}
