package dev.apierrors.textedit;

import com.fasterxml.jackson.databind.JsonNode;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree as YAML with SnakeYAML's emitter, each string in the style the text it goes into
 * uses ({@link QuotingStyle}): the emitter escapes, and quotes (in double quotes) whatever cannot be
 * written the asked way, so the text read back is always the tree. Multi-line strings of a block
 * are literal blocks; numbers, booleans and null are plain.
 */
final class YamlFragmentWriter {

    private final Yaml yaml;
    private final QuotingStyle quoting;
    private final boolean flow;

    YamlFragmentWriter(DumperOptions options, QuotingStyle quoting) {
        this.yaml = new Yaml(options);
        this.quoting = quoting;
        this.flow = options.getDefaultFlowStyle() == FlowStyle.FLOW;
    }

    /**
     * The YAML of {@code value}; the keys of a mapping {@code value} are written as {@code siblings}
     * (the keys of the mapping they join; null: none) are where those tell.
     */
    String write(JsonNode value, SiblingKeys siblings) {
        StringWriter out = new StringWriter();
        yaml.serialize(node(null, value, siblings), out);
        return out.toString();
    }

    /** The node of {@code value}, the value of {@code key} (null: an item of a list, or the whole). */
    private Node node(String key, JsonNode value, SiblingKeys siblings) {
        FlowStyle style = flow ? FlowStyle.FLOW : FlowStyle.BLOCK;
        if (value.isObject()) {
            List<NodeTuple> entries = new ArrayList<>(value.size());
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                entries.add(new NodeTuple(key(entry.getKey(), siblings), node(entry.getKey(), entry.getValue(), null)));
            }
            return new MappingNode(Tag.MAP, entries, style);
        }
        if (value.isArray()) {
            List<Node> items = new ArrayList<>(value.size());
            value.forEach(item -> items.add(node(null, item, null)));
            return new SequenceNode(Tag.SEQ, items, style);
        }
        if (value.isTextual()) {
            String text = value.asText();
            ScalarStyle scalar = !flow && text.indexOf('\n') >= 0 ? ScalarStyle.LITERAL : quoting.valueStyle(key, text);
            return scalar(Tag.STR, text, scalar);
        }
        if (value.isNumber()) {
            return scalar(value.isIntegralNumber() ? Tag.INT : Tag.FLOAT, value.asText(), ScalarStyle.PLAIN);
        }
        if (value.isBoolean()) {
            return scalar(Tag.BOOL, value.asText(), ScalarStyle.PLAIN);
        }
        if (value.isNull()) {
            return scalar(Tag.NULL, "null", ScalarStyle.PLAIN);
        }
        throw new TextEditUnsupported("a value to add is not JSON: " + value.getNodeType());
    }

    private Node key(String text, SiblingKeys siblings) {
        ScalarStyle sibling = siblings == null ? null : siblings.of(text, quoting.needsQuotes(text));
        ScalarStyle style = sibling != null ? sibling : quoting.keyStyle(text);
        // A plain number key (400:) where the text writes its codes so: read back, it is the same name.
        Tag tag = style == ScalarStyle.PLAIN && QuotingStyle.readsAsNumber(text)
                ? (text.matches("[-+]?[0-9]+") ? Tag.INT : Tag.FLOAT) : Tag.STR;
        return scalar(tag, text, style);
    }

    private static ScalarNode scalar(Tag tag, String value, ScalarStyle style) {
        return new ScalarNode(tag, value, null, null, style);
    }
}
