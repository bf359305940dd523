package dev.apierrors.render;

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
import java.util.Locale;

/** How the enriched description is written, chosen by its file name: YAML or JSON, always with {@code \n}. */
public enum SpecFormat {
    YAML, JSON;

    private static final ObjectWriter YAML_WRITER = new ObjectMapper(YAMLFactory.builder()
            .stringQuotingChecker(new ReadBackQuoting())
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build()).writer();

    private static final ObjectWriter JSON_WRITER = new ObjectMapper()
            .writer(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    /**
     * Quotes every string that, written plain, YAML would read back as something else: a number
     * ({@code 0x1F}, {@code 1e3}), a boolean ({@code on}), a date, the merge key {@code <<}. Asks
     * the same resolver that reads descriptions, so writing and reading agree.
     */
    private static final class ReadBackQuoting extends StringQuotingChecker.Default {
        private static final long serialVersionUID = 1L;
        private static final Resolver RESOLVER = new Resolver();

        @Override
        public boolean needToQuoteName(String name) {
            return super.needToQuoteName(name) || readsAsOtherThanString(name);
        }

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || readsAsOtherThanString(value);
        }

        private static boolean readsAsOtherThanString(String text) {
            // YAML folds these line separators to spaces unless the string is double-quoted.
            if (text.indexOf('\u0085') >= 0 || text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0) {
                return true;
            }
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
                return YAML_WRITER.writeValueAsBytes(document);
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
