package dev.apierrors.authored;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.IOException;

/**
 * Where an entry of a file is written, as its parser reports it (SnakeYAML's marks, Jackson's token
 * locations): the line and column of the key that names the entry. A place the text does not show
 * by its keys (an entry a YAML merge key brings in, an item of a JSON list) is reported at its
 * nearest written ancestor.
 */
public final class TextPositions {

    private final AuthoredFile file;
    private Node yaml;

    public TextPositions(AuthoredFile file) {
        this.file = file;
    }

    /** A line and a column, both counted from 1. */
    public record Position(int line, int column) {
        @Override
        public String toString() {
            return line + ":" + column;
        }
    }

    public Position of(String pointer) {
        try {
            return file.json() ? json(pointer) : yaml(pointer);
        } catch (IOException | RuntimeException e) {
            // The file was read before: only a position is lost, never the finding.
            return new Position(1, 1);
        }
    }

    private Position yaml(String pointer) {
        if (yaml == null) {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(Integer.MAX_VALUE);
            options.setMaxAliasesForCollections(Integer.MAX_VALUE);
            yaml = new Composer(new ParserImpl(new StreamReader(file.text()), options), new Resolver(), options)
                    .getSingleNode();
        }
        Node node = yaml;
        Mark mark = node.getStartMark();
        for (JsonPointer rest = JsonPointer.compile(pointer); !rest.matches(); rest = rest.tail()) {
            Node key = null;
            Node child = null;
            if (node instanceof MappingNode) {
                for (NodeTuple tuple : ((MappingNode) node).getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode
                            && ((ScalarNode) tuple.getKeyNode()).getValue().equals(rest.getMatchingProperty())) {
                        key = tuple.getKeyNode();
                        child = tuple.getValueNode();
                    }
                }
            } else if (node instanceof SequenceNode && rest.getMatchingIndex() >= 0
                    && rest.getMatchingIndex() < ((SequenceNode) node).getValue().size()) {
                child = ((SequenceNode) node).getValue().get(rest.getMatchingIndex());
                key = child;
            }
            if (child == null) {
                break;
            }
            mark = key.getStartMark();
            node = child;
        }
        return new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private Position json(String pointer) throws IOException {
        JsonPointer target = JsonPointer.compile(pointer);
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
                .build();
        try (JsonParser parser = factory.createParser(file.text())) {
            JsonLocation best = null;
            int bestDepth = -1;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME) {
                    JsonPointer at = parser.getParsingContext().pathAsPointer();
                    int depth = depth(at);
                    if (depth > bestDepth && isPrefix(at, target)) {
                        best = parser.currentTokenLocation();
                        bestDepth = depth;
                        if (at.equals(target)) {
                            break;
                        }
                    }
                }
            }
            return best == null ? new Position(1, 1) : new Position(best.getLineNr(), best.getColumnNr());
        }
    }

    private static int depth(JsonPointer pointer) {
        int depth = 0;
        for (JsonPointer rest = pointer; !rest.matches(); rest = rest.tail()) {
            depth++;
        }
        return depth;
    }

    private static boolean isPrefix(JsonPointer prefix, JsonPointer pointer) {
        return pointer.toString().equals(prefix.toString()) || pointer.toString().startsWith(prefix + "/");
    }
}
