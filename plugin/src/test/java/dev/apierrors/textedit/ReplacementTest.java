package dev.apierrors.textedit;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplacementTest {

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Replaces, and checks the result reads as the original tree with the values replaced. */
    private static String replace(String text, String extension, List<Replacement> replacements) {
        String edited = TextEdit.apply(text, List.of(), replacements, null);
        JsonNode expected = Parsed.read(text, extension).deepCopy();
        for (Replacement replacement : replacements) {
            JsonPointer pointer = JsonPointer.compile(replacement.pointer());
            ((ObjectNode) expected.at(pointer.head())).set(pointer.last().getMatchingProperty(), replacement.value());
        }
        assertThat(Parsed.read(edited, extension).toString()).as(edited).isEqualTo(expected.toString());
        return edited;
    }

    @Test
    void aScalarIsReplacedWhereItStands() {
        String text = "a:\n  $ref: 'other.yaml#/X'   # elsewhere\n  b: [1, {c: x}]\n";
        assertThat(replace(text, "yaml", List.of(new Replacement("/a/$ref", json("\"#/components/schemas/X\"")),
                new Replacement("/a/b/1/c", json("\"z\"")))))
                .as("quoted as the text quotes").isEqualTo("a:\n  $ref: '#/components/schemas/X'   # elsewhere\n  b: [1, {c: z}]\n");
    }

    @Test
    void aBlockMappingBecomesBlockYamlAtItsColumn() {
        String text = "paths:\n  /a:\n    $ref: paths/a.yaml\n  /b:\n    get: {}\n";
        String edited = replace(text, "yaml", List.of(new Replacement("/paths/~1a",
                json("{\"get\": {\"responses\": {\"200\": {\"description\": \"ok\"}}}, \"x-tags\": [\"t\"]}"))));

        assertThat(edited).isEqualTo("paths:\n  /a:\n    get:\n      responses:\n        \"200\":\n"
                + "          description: ok\n    x-tags:\n    - t\n  /b:\n    get: {}\n");
    }

    @Test
    void aFlowMappingStaysFlow() {
        String text = "paths: {/a: {$ref: a.yaml}, /b: {}}\n";
        assertThat(replace(text, "yaml", List.of(new Replacement("/paths/~1a", json("{\"get\": {\"x\": 1}}")))))
                .isEqualTo("paths: {/a: {get: {x: 1}}, /b: {}}\n");
    }

    @Test
    void anEmptyValueGetsAValueAfterItsColon() {
        String text = "a:\n  responses:\n  b: 1\n";
        assertThat(replace(text, "yaml", List.of(new Replacement("/a/responses", json("{\"404\": {}}")))))
                .isEqualTo("a:\n  responses: {\"404\": {}}\n  b: 1\n");
    }

    @Test
    void jsonValuesAreReplacedInTheTextsIndentation() {
        String text = "{\n  \"a\": {\"$ref\": \"a.json\"},\n  \"b\": 12.50,\n  \"c\": \"x\"\n}\n";
        String edited = replace(text, "json", List.of(new Replacement("/a", json("{\"x\": [1]}")),
                new Replacement("/b", json("true")), new Replacement("/c", json("null"))));

        assertThat(edited).isEqualTo("{\n  \"a\": {\n    \"x\": [\n      1\n    ]\n  },\n  \"b\": true,\n  \"c\": null\n}\n");
    }

    @Test
    void aBlockScalarIsNotReplacedInPlace() {
        assertThatThrownBy(() -> TextEdit.apply("a: |\n  text\nb: 1\n", List.of(),
                List.of(new Replacement("/a", json("\"other\""))), null))
                .isInstanceOf(TextEditUnsupported.class).hasMessageContaining("block scalar");
    }

    @Test
    void changesAreInsertionsWhereEntriesWereAddedAndReplacementsWhereValuesChanged() {
        JsonNode original = json("{\"paths\": {\"/a\": {\"$ref\": \"a.yaml\"}, \"/b\": {\"get\": {\"r\": {\"$ref\": \"x.yaml\"}}}}}");
        JsonNode changed = json("{\"paths\": {\"/a\": {\"get\": {}}, \"/b\": {\"get\": {\"r\": {\"$ref\": \"#/c\"},"
                + " \"responses\": {}}}}, \"components\": {}}");

        Changes changes = Changes.between(original, changed);

        assertThat(changes.replacements()).containsExactly(new Replacement("/paths/~1a", json("{\"get\": {}}")),
                new Replacement("/paths/~1b/get/r/$ref", json("\"#/c\"")));
        assertThat(changes.insertions()).containsExactly(new Insertion("/paths/~1b/get", "responses", json("{}")),
                new Insertion("", "components", json("{}")));
        assertThatThrownBy(() -> Changes.between(json("{\"a\": 1, \"b\": 2}"), json("{\"b\": 2, \"a\": 1}")))
                .isInstanceOf(TextEditUnsupported.class).hasMessageContaining("top-level");
    }
}
