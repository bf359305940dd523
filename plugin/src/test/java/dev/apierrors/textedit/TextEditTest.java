package dev.apierrors.textedit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.apierrors.textedit.Parsed.edit;
import static dev.apierrors.textedit.Parsed.keepsEveryLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextEditTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Insertion ref(String pointer, String code, String name) {
        return new Insertion(pointer, code, json("{\"$ref\": \"#/components/responses/" + name + "\"}"));
    }

    private static final String BLOCK = String.join("\n",
            "# The pets API",
            "openapi: 3.0.3",
            "info:",
            "  title: 'Pets'   # quoted the author's way",
            "  description: |",
            "    Several lines,",
            "",
            "    kept as written.",
            "  version: \"1.0\"",
            "paths:",
            "  /pets:",
            "    get:",
            "      responses:",
            "        '200':",
            "          description: >-",
            "            The pets,",
            "            folded.",
            "",
            "    # the next operation",
            "    post:",
            "      responses:",
            "        '201': {description: Created}   # flow, with a comment",
            "components:",
            "  schemas: {}",
            "");

    @Test
    void blockYamlGetsNewLinesAtTheColumnOfItsKeysAfterItsLastValue() {
        String edited = edit(BLOCK, "yaml", List.of(
                ref("/paths/~1pets/get/responses", "404", "NotFound"),
                ref("/paths/~1pets/get/responses", "500", "InternalServerError"),
                ref("/paths/~1pets/post/responses", "400", "BadRequest")));

        assertThat(edited).contains(String.join("\n",
                "          description: >-",
                "            The pets,",
                "            folded.",
                "        '404':",
                "          $ref: \"#/components/responses/NotFound\"",
                "        '500':",
                "          $ref: \"#/components/responses/InternalServerError\"",
                "",
                "    # the next operation"));
        assertThat(edited).contains(String.join("\n",
                "        '201': {description: Created}   # flow, with a comment",
                "        '400':",
                "          $ref: \"#/components/responses/BadRequest\"",
                "components:"));
        keepsEveryLine(BLOCK, edited);
    }

    @Test
    void anEmptyFlowMappingTakesTheEntriesInsideItsBraces() {
        String edited = edit(BLOCK, "yaml", List.of(new Insertion("/components/schemas", "Error",
                json("{\"type\": \"object\", \"required\": [\"title\"]}"))));

        assertThat(edited).contains("  schemas: {Error: {type: object, required: [title]}}\n");
    }

    @Test
    void aFlowMappingGetsACommaAndTheEntryOnItsLineOrOnALineOfItsOwn() {
        String oneLine = "a: {b: 1, c: 2}   # note\n";
        assertThat(edit(oneLine, "yaml", List.of(new Insertion("/a", "d", json("3")))))
                .isEqualTo("a: {b: 1, c: 2, d: \"3\"}   # note\n".replace("\"3\"", "3"));

        String lines = "a: {\n  b: 1,\n  c: 2  # last\n}\n";
        String edited = edit(lines, "yaml", List.of(new Insertion("/a", "d", json("{\"e\": [1, 2]}"))));
        assertThat(edited).isEqualTo("a: {\n  b: 1,\n  c: 2,  # last\n  d: {e: [1, 2]}\n}\n");
    }

    @Test
    void theRootMappingTakesAWholeNewSection() {
        String text = "openapi: 3.1.0\ninfo: {title: t, version: v}\npaths: {}\n";
        String edited = edit(text, "yaml", List.of(new Insertion("", "components",
                json("{\"responses\": {\"NotFound\": {\"description\": \"Not Found\"}}}"))));

        assertThat(edited).isEqualTo(text + "components:\n  responses:\n    NotFound:\n      description: Not Found\n");
    }

    @Test
    void aMappingAndTheMappingInsideItThatEndAtTheSamePlaceGetTheirEntriesInOrder() {
        String text = "paths:\n  /a:\n    get:\n      responses:\n        '200': {description: ok}\n";
        String edited = edit(text, "yaml", List.of(
                new Insertion("/paths/~1a/get", "x-later", json("true")),
                ref("/paths/~1a/get/responses", "404", "NotFound"),
                new Insertion("/paths/~1a", "x-path", json("\"p\""))));

        assertThat(edited).isEqualTo(text
                + "        '404':\n          $ref: '#/components/responses/NotFound'\n"
                + "      x-later: true\n"
                + "    x-path: p\n");
    }

    @Test
    void theTextsIndentationIsLearnedFromItsNestedMappingsAndLists() {
        String text = "info:\n    title: t\n    tags:\n        - a\npaths:\n    /a:\n        get:\n            responses: {}\n"
                + "components:\n    schemas:\n        Old: {type: string}\n";
        String edited = edit(text, "yaml", List.of(new Insertion("/components/schemas", "Error",
                json("{\"type\": \"object\", \"required\": [\"title\"], \"properties\": {\"title\": {\"type\": \"string\"}}}"))));

        assertThat(edited).endsWith(String.join("\n",
                "        Old: {type: string}",
                "        Error:",
                "            type: object",
                "            required:",
                "                - title",
                "            properties:",
                "                title:",
                "                    type: string",
                ""));
    }

    @Test
    void aTextWithoutAFinalLineBreakStaysWithoutOne() {
        String text = "a:\n  b: 1";
        assertThat(edit(text, "yaml", List.of(new Insertion("/a", "c", json("2"))))).isEqualTo("a:\n  b: 1\n  c: 2");
    }

    @Test
    void crlfLineBreaksStayCrlfInTheNewLinesToo() {
        String text = "a:\r\n  b: |\r\n    text\r\n  # comment\r\nz: 1\r\n";
        String edited = edit(text, "yaml", List.of(new Insertion("/a", "c", json("{\"d\": \"multi\\nline\"}"))));

        assertThat(edited).isEqualTo("a:\r\n  b: |\r\n    text\r\n  c:\r\n    d: |-\r\n      multi\r\n      line\r\n"
                + "  # comment\r\nz: 1\r\n");
        assertThat(edited.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void aBlockScalarThatKeepsItsTrailingLinesKeepsThem() {
        String text = "a:\n  b: |+\n    kept\n\n\nz: 1\n";
        String edited = edit(text, "yaml", List.of(new Insertion("/a", "c", json("1"))));
        keepsEveryLine(text, edited);
    }

    @Test
    void charactersOutsideTheBasicPlaneBeforeTheMappingDoNotShiftThePositions() {
        String text = "info: {title: \"\uD83D\uDC3E paws \uD83D\uDC3E\"}\npaths: {\"/\uD83D\uDC3E\": {}}\nx:\n  y: 1\n";
        String edited = edit(text, "yaml", List.of(new Insertion("/paths/~1\uD83D\uDC3E", "get", json("{}")),
                new Insertion("/x", "z", json("2"))));

        assertThat(edited).isEqualTo("info: {title: \"\uD83D\uDC3E paws \uD83D\uDC3E\"}\npaths: {\"/\uD83D\uDC3E\": {get: {}}}\n"
                + "x:\n  y: 1\n  z: 2\n");
    }

    @Test
    void theUtf8BytesAreThoseOfTheEditedText() {
        String text = "\uFEFFinfo: {title: \"\uD83D\uDC3E p\u00e4ws \u20ac\"}\na:\n  b: 1\n";
        List<Insertion> insertions = List.of(new Insertion("/a", "c", json("\"\u00e9t\u00e9 \uD83C\uDF1E\"")));

        assertThat(TextEdit.applyUtf8(text, insertions, List.of(), null))
                .isEqualTo(TextEdit.apply(text, insertions).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(TextEdit.applyUtf8(text, List.of(), List.of(), null))
                .isEqualTo(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aByteOrderMarkStays() {
        String text = "\uFEFFa:\n  b: 1\n";
        assertThat(TextEdit.apply(text, List.of(new Insertion("/a", "c", json("2"))))).isEqualTo("\uFEFFa:\n  b: 1\n  c: 2\n");
    }

    @Test
    void anchorsAndAliasesOutsideTheEditedMappingsStay() {
        String text = "x-base: &base {type: string}\na:\n  b: *base\n  c: &c\n    d: 1\n";
        String edited = edit(text, "yaml", List.of(new Insertion("/a", "e", json("2"))));
        assertThat(edited).isEqualTo(text + "  e: 2\n");
    }

    @Test
    void aMappingReachedThroughAnAliasIsRefused() {
        String text = "x-base: &base\n  responses: {}\na: *base\n";
        assertThatThrownBy(() -> TextEdit.apply(text, List.of(new Insertion("/a/responses", "c", json("2")))))
                .isInstanceOf(TextEditUnsupported.class).hasMessageContaining("alias *base");
    }

    @Test
    void aMappingUnderAnAnchorThatAnAliasRepeatsIsRefused() {
        String text = "x-base: &base\n  responses: {}\na: *base\n";
        assertThatThrownBy(() -> TextEdit.apply(text, List.of(new Insertion("/x-base/responses", "c", json("2")))))
                .isInstanceOf(TextEditUnsupported.class).hasMessageContaining("anchor &base");
    }

    @Test
    void aMappingWithAMergeKeyIsRefused() {
        String text = "x-base: &base {a: 1}\nb:\n  <<: *base\n  c: 2\n";
        assertThatThrownBy(() -> TextEdit.apply(text, List.of(new Insertion("/b", "d", json("2")))))
                .isInstanceOf(TextEditUnsupported.class).hasMessageContaining("merge key");
    }

    @Test
    void aMappingTheTextDoesNotHaveIsRefused() {
        String text = "a:\n  b: [1]\n";
        assertThatThrownBy(() -> TextEdit.apply(text, List.of(new Insertion("/c", "d", json("2")))))
                .isInstanceOf(TextEditUnsupported.class).hasMessageContaining("no mapping at '/c'");
        assertThatThrownBy(() -> TextEdit.apply(text, List.of(new Insertion("/a/b", "d", json("2")))))
                .isInstanceOf(TextEditUnsupported.class).hasMessageContaining("not a mapping");
    }

    @Test
    void prettyJsonGetsACommaAndTheEntryOnALineOfItsOwnAtTheTextsIndentation() {
        String text = "{\n    \"openapi\": \"3.0.3\",\n    \"paths\": {\n        \"/a\": {\n            \"get\": {\n"
                + "                \"responses\": {\n                    \"200\": {\"description\": \"ok\"}\n"
                + "                }\n            }\n        }\n    },\n    \"components\": {}\n}";
        String edited = edit(text, "json", List.of(ref("/paths/~1a/get/responses", "404", "NotFound"),
                new Insertion("/components", "responses", json("{\"NotFound\": {\"description\": \"Not Found\"}}"))));

        assertThat(edited).isEqualTo("{\n    \"openapi\": \"3.0.3\",\n    \"paths\": {\n        \"/a\": {\n"
                + "            \"get\": {\n                \"responses\": {\n"
                + "                    \"200\": {\"description\": \"ok\"},\n"
                + "                    \"404\": {\n                        \"$ref\": \"#/components/responses/NotFound\"\n"
                + "                    }\n                }\n            }\n        }\n    },\n"
                + "    \"components\": {\n        \"responses\": {\n            \"NotFound\": {\n"
                + "                \"description\": \"Not Found\"\n            }\n        }\n    }\n}");
    }

    @Test
    void jsonIndentedWithTabsAndCrlfStaysSo() {
        String text = "{\r\n\t\"a\": {\r\n\t\t\"b\": 1\r\n\t}\r\n}\r\n";
        String edited = edit(text, "json", List.of(new Insertion("/a", "c", json("{\"d\": [1]}"))));

        assertThat(edited).isEqualTo("{\r\n\t\"a\": {\r\n\t\t\"b\": 1,\r\n\t\t\"c\": {\r\n\t\t\t\"d\": [\r\n\t\t\t\t1\r\n"
                + "\t\t\t]\r\n\t\t}\r\n\t}\r\n}\r\n");
    }

    @Test
    void minifiedJsonStaysOnOneLine() {
        String text = "{\"a\":{\"b\":1},\"c\":{}}";
        String edited = edit(text, "json", List.of(new Insertion("/a", "x", json("{\"y\":[1,2]}")),
                new Insertion("/c", "z", json("true"))));

        assertThat(edited).isEqualTo("{\"a\":{\"b\":1,\"x\":{\"y\":[1,2]}},\"c\":{\"z\":true}}");
    }

    @Test
    void anEmptyJsonObjectInAPrettyTextOpensOnLinesOfItsOwn() {
        String text = "{\n  \"paths\": {\n    \"/a\": {\n      \"get\": {}\n    }\n  }\n}\n";
        String edited = edit(text, "json", List.of(new Insertion("/paths/~1a/get", "responses",
                json("{\"404\": {\"description\": \"nf\"}}"))));

        assertThat(edited).isEqualTo("{\n  \"paths\": {\n    \"/a\": {\n      \"get\": {\n        \"responses\": {\n"
                + "          \"404\": {\n            \"description\": \"nf\"\n          }\n        }\n      }\n    }\n  }\n}\n");
    }

    @Test
    void jsonThatIsNotAnObjectWhereAnEntryGoesIsRefused() {
        assertThatThrownBy(() -> TextEdit.apply("{\"a\": [1]}", List.of(new Insertion("/a", "b", json("1")))))
                .isInstanceOf(TextEditUnsupported.class).hasMessageContaining("'/a' is not an object");
    }

    @Test
    void flowYamlThatStartsWithABraceIsEditedAsYaml() {
        String text = "{a: 1, b: {c: 2}}\n";
        assertThat(TextEdit.apply(text, List.of(new Insertion("/b", "d", json("3"))))).isEqualTo("{a: 1, b: {c: 2, d: 3}}\n");
        assertThat(TextFormat.detect(text)).isEqualTo(TextFormat.YAML);
        assertThat(TextFormat.detect(" {\"a\": 1}")).isEqualTo(TextFormat.JSON);
    }

    @Test
    void noInsertionsLeaveTheTextAsItIs() {
        assertThat(TextEdit.apply("not: [parsed", List.of())).isEqualTo("not: [parsed");
    }
}
