package dev.apierrors.render;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.shared.BackgroundTask;
import dev.apierrors.textedit.YamlQuoting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/** How the enriched description is written, chosen by its file name: YAML or JSON, always with {@code \n}. */
public enum SpecFormat {
    YAML, JSON;

    /** One per document written: its quoting checker remembers the short texts it has seen. */
    private static ObjectWriter yamlWriter() {
        return new ObjectMapper(YAMLFactory.builder()
                .stringQuotingChecker(new YamlQuoting())
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .build()).writer();
    }

    /** Made on first use: choosing the format ({@link #of(Path)}) must not load Jackson's mapper. */
    private static final class JsonWriter {
        static final ObjectWriter INSTANCE = new ObjectMapper()
                .writer(new DefaultPrettyPrinter()
                        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                        .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    }

    /** Documents smaller than this (in nodes counted down to {@link #WEIGHT_DEPTH}) are written on one thread. */
    private static final int PARALLEL_WEIGHT = 2000;
    private static final int WEIGHT_DEPTH = 3;

    public static SpecFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return YAML;
        }
        if (name.endsWith(".json")) {
            return JSON;
        }
        throw new ApiErrorsException("enrichedSpec " + file + " must end with .yaml, .yml or .json, which"
                + " chooses the format it is written in");
    }

    public byte[] write(JsonNode document) {
        try {
            if (this == YAML) {
                int split = document.isObject() ? splitPoint((ObjectNode) document) : 0;
                return split == 0 ? yamlInOnePart(document) : yamlInTwoParts((ObjectNode) document, split);
            }
            byte[] json = JsonWriter.INSTANCE.writeValueAsBytes(document);
            byte[] withNewline = Arrays.copyOf(json, json.length + 1);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the YAML of a document in two parts at once: its top-level entries before
     * {@code split} on this thread, the others on another. Together the parts are the bytes the
     * whole document gives: the emitter starts every top-level entry of a block mapping the same way
     * (at column 0, after the line break that ends the entry before), no document marker is written,
     * and each part has its own writer and so its own quoting checker.
     */
    static byte[] yamlInTwoParts(ObjectNode document, int split) {
        ObjectNode head = JsonNodeFactory.instance.objectNode();
        ObjectNode tail = JsonNodeFactory.instance.objectNode();
        int i = 0;
        for (Map.Entry<String, JsonNode> entry : document.properties()) {
            (i++ < split ? head : tail).set(entry.getKey(), entry.getValue());
        }
        BackgroundTask<byte[]> second = BackgroundTask.start("api-errors yaml", () -> yamlInOnePart(tail));
        byte[] first = yamlInOnePart(head);
        byte[] rest = second.join();
        byte[] both = Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, both, first.length, rest.length);
        return both;
    }

    static byte[] yamlInOnePart(JsonNode part) {
        try {
            return yamlWriter().writeValueAsBytes(part);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where to split a large document's top-level entries into two parts of about the same size
     * (counted in nodes down to a few levels, which is enough to tell {@code paths} from
     * {@code info}); 0 when the document is too small to be worth a second thread.
     */
    static int splitPoint(ObjectNode document) {
        int[] weights = new int[document.size()];
        long total = 0;
        int i = 0;
        for (Iterator<JsonNode> values = document.elements(); values.hasNext(); i++) {
            weights[i] = nodes(values.next(), WEIGHT_DEPTH);
            total += weights[i];
        }
        if (weights.length < 2 || total < PARALLEL_WEIGHT) {
            return 0;
        }
        int best = 1;
        long bestLarger = Long.MAX_VALUE;
        long before = 0;
        for (int split = 1; split < weights.length; split++) {
            before += weights[split - 1];
            long larger = Math.max(before, total - before);
            if (larger < bestLarger) {
                bestLarger = larger;
                best = split;
            }
        }
        return best;
    }

    private static int nodes(JsonNode node, int depth) {
        int count = 1;
        if (depth > 0 && node.isContainerNode()) {
            for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
                count += nodes(children.next(), depth - 1);
            }
        }
        return count;
    }
}
