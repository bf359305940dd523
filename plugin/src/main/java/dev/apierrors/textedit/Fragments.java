package dev.apierrors.textedit;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.yaml.snakeyaml.DumperOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of new entries, in the style of one text: JSON written by Jackson with the text's
 * indentation and colon; YAML by SnakeYAML's emitter with the text's indentation and quoting
 * ({@link QuotingStyle}). Every fragment is written with {@code \n} and no indentation of its own;
 * the caller indents it and uses the text's line break.
 */
final class Fragments {

    private final YamlFragmentWriter yamlBlock;
    private final YamlFragmentWriter yamlFlow;
    private final ObjectWriter jsonPretty;
    private final ObjectWriter jsonCompact;
    private final String jsonColon;
    /** The same entries are added to many mappings (the same error responses to every operation). */
    private final Map<JsonNode, String> written = new HashMap<>();

    Fragments(Layout layout) {
        int step = layout.step > 0 && layout.step <= 10 ? layout.step : 2;
        int sequenceIndent = layout.sequenceIndent > 0 && layout.sequenceIndent <= step ? layout.sequenceIndent : 0;
        DumperOptions block = dumperOptions(DumperOptions.FlowStyle.BLOCK);
        block.setIndent(step);
        if (sequenceIndent > 0) {
            block.setIndicatorIndent(sequenceIndent);
            block.setIndentWithIndicator(true);
        }
        QuotingStyle quoting = layout.quoting;
        yamlBlock = new YamlFragmentWriter(block, quoting);
        yamlFlow = new YamlFragmentWriter(dumperOptions(DumperOptions.FlowStyle.FLOW), quoting);
        String unit = layout.unit == null ? "  " : layout.unit;
        String colon = layout.colon == null ? ": " : layout.colon;
        jsonColon = colon;
        Separators.Spacing colonSpacing = colon.startsWith(" ")
                ? colon.endsWith(" ") && colon.length() > 2 ? Separators.Spacing.BOTH : Separators.Spacing.BEFORE
                : colon.length() > 1 ? Separators.Spacing.AFTER : Separators.Spacing.NONE;
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(colonSpacing)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        ObjectMapper mapper = new ObjectMapper();
        jsonPretty = mapper.writer(new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter(unit, "\n"))
                .withArrayIndenter(new DefaultIndenter(unit, "\n"))
                .withSeparators(separators));
        jsonCompact = mapper.writer(new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultPrettyPrinter.NopIndenter())
                .withArrayIndenter(new DefaultPrettyPrinter.NopIndenter())
                .withSeparators(separators
                        .withObjectEntrySpacing(colonSpacing == Separators.Spacing.NONE
                                ? Separators.Spacing.NONE : Separators.Spacing.AFTER)
                        .withArrayValueSpacing(colonSpacing == Separators.Spacing.NONE
                                ? Separators.Spacing.NONE : Separators.Spacing.AFTER)));
    }

    private static DumperOptions dumperOptions(DumperOptions.FlowStyle style) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(style);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        options.setAllowUnicode(true);
        return options;
    }

    /** The entries as block YAML, one line per element, keys at column 0. */
    String yamlBlock(List<Insertion> entries, SiblingKeys siblings) {
        return written.computeIfAbsent(object(entries, "block " + siblings.signature()),
                node -> trimEnd(yamlBlock.write(node.elements().next(), siblings)));
    }

    /** One entry as flow YAML on one line: {@code key: value}. */
    String yamlFlow(Insertion entry, SiblingKeys siblings) {
        return written.computeIfAbsent(object(List.of(entry), "flow " + siblings.signature()), node -> {
            String braced = trimEnd(yamlFlow.write(node.elements().next(), siblings));
            return braced.substring(1, braced.length() - 1);
        });
    }

    /** A value as flow YAML on one line. */
    String yamlFlowValue(JsonNode value) {
        String bracketed = trimEnd(yamlFlow.write(JsonNodeFactory.instance.arrayNode().add(value), null));
        return bracketed.substring(1, bracketed.length() - 1);
    }

    /** A mapping or list as block YAML, keys (or dashes) at column 0. */
    String yamlBlockValue(JsonNode value) {
        return trimEnd(yamlBlock.write(value, null));
    }

    /** A value as JSON, on several lines when {@code pretty}. */
    String jsonValue(JsonNode value, boolean pretty) {
        return write(pretty ? jsonPretty : jsonCompact, value);
    }

    /** One entry as JSON: the quoted key, the text's colon, the value (several lines when {@code pretty}). */
    String json(Insertion entry, boolean pretty) {
        String value = written.computeIfAbsent(object(List.of(entry), pretty ? "json" : "compact-json"),
                node -> write(pretty ? jsonPretty : jsonCompact, entry.value()));
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(entry.key())) + '"' + jsonColon + value;
    }

    /** The entries under a name saying how they are written: the key of the cache. */
    private static ObjectNode object(List<Insertion> entries, String style) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        ObjectNode inner = object.putObject(style);
        for (Insertion entry : entries) {
            inner.set(entry.key(), entry.value());
        }
        return object;
    }

    private static String write(ObjectWriter writer, JsonNode node) {
        try {
            return writer.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Drops the emitter's last line break. A fragment that ends in blank lines (a block scalar that
     * keeps them) would take the blank lines of the text after it into its value: refused.
     */
    private static String trimEnd(String text) {
        String trimmed = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        if (trimmed.endsWith("\n")) {
            throw new TextEditUnsupported("a value to add ends in blank lines, which the text after it would change");
        }
        return trimmed;
    }
}
