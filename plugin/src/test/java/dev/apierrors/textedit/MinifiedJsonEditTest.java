package dev.apierrors.textedit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A description written on one line (minified JSON, as code-first tools serve it) is edited as
 * fast as a pretty-printed one: the edit reads each character of the text a bounded number of
 * times, however many mappings it adds to on that one line. Counted reads, not time: the count
 * grows linearly with the text, where walking back to the line's start from every insertion made
 * it grow with the square.
 */
class MinifiedJsonEditTest {

    @Test
    void readsOfTheTextGrowLinearlyWithAOneLineDescription() {
        long small = readsToEdit(500);
        long large = readsToEdit(4000);

        assertThat(large).as("reads for 8 times the operations (%d for 500)", small).isLessThan(small * 10);
        assertThat(large).as("reads per character of the text").isLessThan(4L * minified(4000).length());
    }

    @Test
    void entriesGoAfterTheLastEntryOnTheSameLine() throws Exception {
        String text = minified(2);
        Map<String, List<Insertion>> byMapping = insertions(2);

        String edited = TextEdit.apply(text, byMapping.values().stream().flatMap(List::stream).toList());

        assertThat(edited).doesNotContain("\n");
        assertThat(edited).contains("\"200\":{\"description\":\"OK\"},\"404\":{\"description\":\"Not found\"}}");
        assertThat(new ObjectMapper().readTree(edited).at("/paths/~1p1/get/responses/404/description").asText())
                .isEqualTo("Not found");
    }

    private static long readsToEdit(int operations) {
        String text = minified(operations);
        Map<String, List<Insertion>> byMapping = insertions(operations);
        Layout layout = JsonPositions.find(text, byMapping.keySet(), java.util.Set.of());
        CountingText counting = new CountingText(text);
        List<Splice> splices = new Editor(counting, layout, true).edit(byMapping, List.of());
        assertThat(splices).hasSize(operations);
        return counting.reads;
    }

    private static String minified(int operations) {
        StringBuilder out = new StringBuilder("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"T\",\"version\":\"1\"},\"paths\":{");
        for (int i = 0; i < operations; i++) {
            out.append(i == 0 ? "" : ",").append("\"/p").append(i)
                    .append("\":{\"get\":{\"responses\":{\"200\":{\"description\":\"OK\"}}}}");
        }
        return out.append("}}").toString();
    }

    private static Map<String, List<Insertion>> insertions(int operations) {
        Map<String, List<Insertion>> byMapping = new LinkedHashMap<>();
        for (int i = 0; i < operations; i++) {
            String pointer = "/paths/~1p" + i + "/get/responses";
            List<Insertion> list = new ArrayList<>();
            list.add(new Insertion(pointer, "404",
                    JsonNodeFactory.instance.objectNode().put("description", "Not found")));
            byMapping.put(pointer, list);
        }
        return byMapping;
    }

    /** A text that counts how often its characters are read. */
    private static final class CountingText implements CharSequence {
        private final String text;
        long reads;

        CountingText(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            reads++;
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            reads += end - start;
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            reads += text.length();
            return text;
        }
    }
}
