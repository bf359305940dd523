package dev.apierrors.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import dev.apierrors.core.ApiErrorsException;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** How the enriched description is written, chosen by its file name: YAML or JSON, always with {@code \n}. */
public enum SpecFormat {
    YAML, JSON;

    /** One per document written: its quoting checker remembers the short texts it has seen. */
    private static ObjectWriter yamlWriter() {
        return new ObjectMapper(YAMLFactory.builder()
                .stringQuotingChecker(new ReadBackQuoting())
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build()).writer();
    }

    private static final ObjectWriter JSON_WRITER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .writer(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    /**
     * Quotes every string that, written plain, YAML would read back as something else: a number
     * ({@code 0x1F}, {@code 1e3}), a boolean ({@code on}), a date, the merge key {@code <<}. Asks
     * the same resolver that reads descriptions, so writing and reading agree.
     *
     * <p>The resolver tries its patterns only on short texts (and on those that start like a
     * number), but then a few of them, and names and short values repeat throughout a description
     * ({@code type}, {@code string}, {@code name}...): their answers are remembered, which takes
     * most of the quoting cost out of writing a large description.
     */
    private static final class ReadBackQuoting extends StringQuotingChecker.Default {
        private static final long serialVersionUID = 1L;
        private static final Resolver RESOLVER = new Resolver();
        private static final int REMEMBERED_LENGTH = 16;

        private final transient Map<String, Boolean> shortTexts = new HashMap<>();

        @Override
        public boolean needToQuoteName(String name) {
            return super.needToQuoteName(name) || readsAsOtherThanString(name);
        }

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || readsAsOtherThanString(value);
        }

        private boolean readsAsOtherThanString(String text) {
            if (text.length() > REMEMBERED_LENGTH) {
                return resolvesToOtherThanString(text);
            }
            return shortTexts.computeIfAbsent(text, ReadBackQuoting::resolvesToOtherThanString);
        }

        private static boolean resolvesToOtherThanString(String text) {
            return !Tag.STR.equals(RESOLVER.resolve(NodeId.scalar, text, true));
        }
    }

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
                return yamlWriter().writeValueAsBytes(document);
            }
            byte[] json = JSON_WRITER.writeValueAsBytes(document);
            byte[] withNewline = java.util.Arrays.copyOf(json, json.length + 1);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
