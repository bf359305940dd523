package dev.apierrors.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.shared.ApiErrorsException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * YAML to a Jackson tree through SnakeYAML's node graph (the same YAML 1.1 rules Swagger Parser
 * applies), with aliases and merge keys expanded. Expansion is bounded: a document whose aliases
 * would multiply it far beyond its own size, or nest it deeper than the reader allows, is refused
 * instead of exhausting the heap or the stack.
 */
final class YamlTreeReader {

    private static final int MAX_ALIASES = 10_000;

    private final SpecResource resource;
    /** Where each node came from, for readers that report lines after reading; or null. */
    private final LocatedYaml.Lines lines;
    private final JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);
    private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
    private long budget;

    YamlTreeReader(SpecResource resource) {
        this(resource, null);
    }

    YamlTreeReader(SpecResource resource, LocatedYaml.Lines lines) {
        this.resource = resource;
        this.lines = lines;
    }

    JsonNode read(String text) {
        // Written YAML has at most one node per character or two; aliases may add as many again.
        budget = text.length() + 100_000L;
        Node root;
        try {
            root = composer(text).getSingleNode();
        } catch (MarkedYAMLException e) {
            throw new ApiErrorsException(resource.displayName() + at(e.getProblemMark()) + ": invalid YAML: "
                    + oneLine(e.getProblem() == null ? e.getMessage() : e.getProblem()) + context(e) + hint(e), e);
        } catch (YAMLException e) {
            String message = oneLine(e.getMessage());
            throw new ApiErrorsException(resource.displayName() + ": " + (message.startsWith("Nesting Depth exceeded")
                    ? DocumentReader.tooDeep() : "invalid YAML: " + message), e);
        }
        if (root == null) {
            throw new ApiErrorsException(resource.displayName() + " is empty: expected an OpenAPI description");
        }
        return convert(root, 0);
    }

    private static Composer composer(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(DocumentReader.MAX_NESTING);
        options.setCodePointLimit(DocumentReader.MAX_FILE_BYTES);
        options.setProcessComments(false);
        return new Composer(new ParserImpl(new StreamReader(text), options), new Resolver(), options);
    }

    private JsonNode convert(Node node, int depth) {
        if (depth > DocumentReader.MAX_NESTING) {
            throw new ApiErrorsException(resource.displayName() + at(node.getStartMark()) + ": with its YAML aliases"
                    + " expanded, " + DocumentReader.tooDeep());
        }
        if (--budget < 0) {
            throw new ApiErrorsException(resource.displayName() + at(node.getStartMark())
                    + ": YAML aliases expand the document far beyond its size (an alias bomb?); refusing to expand it");
        }
        if (node instanceof ScalarNode) {
            return scalar((ScalarNode) node);
        }
        if (!inProgress.add(node)) {
            throw new ApiErrorsException(resource.displayName() + at(node.getStartMark())
                    + ": a YAML alias refers to the node that contains it; such a recursive document has no JSON form");
        }
        try {
            if (node instanceof SequenceNode) {
                ArrayNode array = nodes.arrayNode();
                if (lines != null) {
                    lines.node(array, node.getStartMark());
                }
                for (Node item : ((SequenceNode) node).getValue()) {
                    array.add(convert(item, depth + 1));
                }
                return array;
            }
            return mapping((MappingNode) node, depth);
        } finally {
            inProgress.remove(node);
        }
    }

    private ObjectNode mapping(MappingNode node, int depth) {
        ObjectNode object = nodes.objectNode();
        if (lines != null) {
            lines.node(object, node.getStartMark());
        }
        List<MappingNode> merged = new ArrayList<>();
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (keyNode instanceof ScalarNode && Tag.MERGE.equals(keyNode.getTag())) {
                collectMerge(tuple.getValueNode(), merged);
                continue;
            }
            String key = key(keyNode);
            if (object.has(key)) {
                throw new ApiErrorsException(resource.displayName() + at(keyNode.getStartMark())
                        + ": duplicate key '" + key + "'");
            }
            object.set(key, convert(tuple.getValueNode(), depth + 1));
            if (lines != null) {
                lines.key(object, key, keyNode.getStartMark());
            }
        }
        for (MappingNode source : merged) {
            ObjectNode values = (ObjectNode) convert(source, depth);
            values.fields().forEachRemaining(e -> {
                if (!object.has(e.getKey())) {
                    object.set(e.getKey(), e.getValue());
                }
            });
        }
        return object;
    }

    private void collectMerge(Node value, List<MappingNode> merged) {
        if (value instanceof MappingNode) {
            merged.add((MappingNode) value);
        } else if (value instanceof SequenceNode) {
            for (Node item : ((SequenceNode) value).getValue()) {
                collectMerge(item, merged);
            }
        } else {
            throw new ApiErrorsException(resource.displayName() + at(value.getStartMark())
                    + ": a merge key (<<) must name a mapping or a list of mappings");
        }
    }

    private String key(Node keyNode) {
        if (keyNode instanceof ScalarNode) {
            return ((ScalarNode) keyNode).getValue();
        }
        throw new ApiErrorsException(resource.displayName() + at(keyNode.getStartMark())
                + ": a key must be a plain value, not a list or a mapping");
    }

    private JsonNode scalar(ScalarNode node) {
        String value = node.getValue();
        Tag tag = node.getTag();
        if (Tag.NULL.equals(tag)) {
            return nodes.nullNode();
        }
        if (Tag.BOOL.equals(tag)) {
            String lower = value.toLowerCase(java.util.Locale.ROOT);
            return nodes.booleanNode("true".equals(lower) || "yes".equals(lower) || "on".equals(lower));
        }
        if (Tag.INT.equals(tag)) {
            BigInteger integer = integer(value);
            if (integer != null) {
                if (integer.bitLength() < 32) {
                    return nodes.numberNode(integer.intValue());
                }
                return integer.bitLength() < 64 ? nodes.numberNode(integer.longValue()) : nodes.numberNode(integer);
            }
        }
        if (Tag.FLOAT.equals(tag)) {
            JsonNode number = decimal(value);
            if (number != null) {
                return number;
            }
        }
        return nodes.textNode(value);
    }

    private static BigInteger integer(String text) {
        String digits = text.replace("_", "");
        int sign = 1;
        if (digits.startsWith("-") || digits.startsWith("+")) {
            sign = digits.startsWith("-") ? -1 : 1;
            digits = digits.substring(1);
        }
        try {
            BigInteger magnitude;
            if (digits.startsWith("0x")) {
                magnitude = new BigInteger(digits.substring(2), 16);
            } else if (digits.startsWith("0b")) {
                magnitude = new BigInteger(digits.substring(2), 2);
            } else if (digits.startsWith("0o")) {
                magnitude = new BigInteger(digits.substring(2), 8);
            } else if (digits.length() > 1 && digits.startsWith("0")) {
                magnitude = new BigInteger(digits.substring(1), 8);
            } else {
                magnitude = new BigInteger(digits);
            }
            return sign < 0 ? magnitude.negate() : magnitude;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private JsonNode decimal(String text) {
        String digits = text.replace("_", "");
        String lower = digits.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".inf")) {
            return nodes.numberNode(lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        if (lower.equals(".nan")) {
            return nodes.numberNode(Double.NaN);
        }
        try {
            return nodes.numberNode(new BigDecimal(digits));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Where SnakeYAML was when it met the problem, when that is elsewhere: often the real mistake. */
    private static String context(MarkedYAMLException e) {
        Mark mark = e.getContextMark();
        if (e.getContext() == null || mark == null || e.getProblemMark() != null
                && mark.getLine() == e.getProblemMark().getLine()) {
            return "";
        }
        return " (" + oneLine(e.getContext()) + " at line " + (mark.getLine() + 1) + ", column "
                + (mark.getColumn() + 1) + ")";
    }

    /** SnakeYAML's words for the most common mistakes, said the way an author makes them. */
    private static String hint(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        if (problem.startsWith("expected <block end>")) {
            return "; the indentation of this line does not match the lines above it";
        }
        if (problem.startsWith("mapping values are not allowed here")) {
            return "; check the indentation, and quote values that contain ': '";
        }
        if (problem.startsWith("could not find expected ':'")) {
            return "; a line of a mapping is not of the form 'key: value'";
        }
        return "";
    }

    private static String at(Mark mark) {
        return mark == null ? "" : ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\n\\s*", " ").trim();
    }
}
