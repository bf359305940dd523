package dev.apierrors.textedit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InsertionsTest {

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void theEntriesAddedAtTheEndsOfMappingsAreTheInsertions() {
        JsonNode original = json("{\"paths\": {\"/a/{b}\": {\"get\": {\"responses\": {\"200\": {}}}}}, \"tags\": [{\"name\": \"t\"}]}");
        JsonNode enriched = json("{\"paths\": {\"/a/{b}\": {\"get\": {\"responses\": {\"200\": {}, \"404\": {\"$ref\": \"#/r\"},"
                + " \"500\": {}}}}}, \"tags\": [{\"name\": \"t\", \"x\": 1}], \"components\": {\"responses\": {}}}");

        assertThat(Insertions.between(original, enriched)).containsExactly(
                new Insertion("/paths/~1a~1{b}/get/responses", "404", json("{\"$ref\": \"#/r\"}")),
                new Insertion("/paths/~1a~1{b}/get/responses", "500", json("{}")),
                new Insertion("/tags/0", "x", json("1")),
                new Insertion("", "components", json("{\"responses\": {}}")));
    }

    @Test
    void aChangedValueIsNoInsertion() {
        assertThatThrownBy(() -> Insertions.between(json("{\"a\": {\"b\": null}}"), json("{\"a\": {\"b\": {}}}")))
                .isInstanceOf(TextEditUnsupported.class).hasMessageContaining("'/a/b' was changed");
        assertThatThrownBy(() -> Insertions.between(json("{\"a\": [1]}"), json("{\"a\": [1, 2]}")))
                .isInstanceOf(TextEditUnsupported.class).hasMessageContaining("'/a' was changed");
    }

    @Test
    void anEntryMovedOrRemovedIsNoInsertion() {
        assertThatThrownBy(() -> Insertions.between(json("{\"a\": 1, \"b\": 2}"), json("{\"b\": 2, \"a\": 1}")))
                .isInstanceOf(TextEditUnsupported.class).hasMessageContaining("reordered");
        assertThatThrownBy(() -> Insertions.between(json("{\"a\": 1, \"b\": 2}"), json("{\"a\": 1}")))
                .isInstanceOf(TextEditUnsupported.class).hasMessageContaining("removed");
        assertThatThrownBy(() -> Insertions.between(json("{\"a\": 1}"), json("{\"x\": 0, \"a\": 1}")))
                .isInstanceOf(TextEditUnsupported.class).hasMessageContaining("reordered");
    }
}
