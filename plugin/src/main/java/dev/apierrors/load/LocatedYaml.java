package dev.apierrors.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apierrors.shared.ApiErrorsException;
import org.yaml.snakeyaml.error.Mark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A small YAML file other than a description (a convention), read to a tree by the same reader
 * as descriptions, that remembers the line of each mapping, list and key, so that problems found
 * after reading can name the line.
 */
public final class LocatedYaml {

    private static final int MAX_BYTES = 4 * 1024 * 1024;

    private final SpecResource resource;
    private final JsonNode tree;
    private final Lines lines;

    private LocatedYaml(SpecResource resource, JsonNode tree, Lines lines) {
        this.resource = resource;
        this.tree = tree;
        this.lines = lines;
    }

    /** Reads the file; fails with a message naming the file (and line) when it is not YAML. */
    public static LocatedYaml read(SpecResource resource) {
        byte[] bytes;
        try (InputStream in = resource.open()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new ApiErrorsException(resource.displayName() + ": cannot be read: " + e.getMessage(), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new ApiErrorsException(resource.displayName() + ": larger than " + (MAX_BYTES >> 20) + " MiB");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiErrorsException(resource.displayName() + ": is not UTF-8 text", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ApiErrorsException(resource.displayName() + ": is empty");
        }
        Lines lines = new Lines();
        JsonNode tree = new YamlTreeReader(resource, lines).read(text);
        return new LocatedYaml(resource, tree, lines);
    }

    public SpecResource resource() {
        return resource;
    }

    public JsonNode tree() {
        return tree;
    }

    /** The line (from 1) where a mapping or list starts; 0 when unknown (a scalar, a node of another file). */
    public int line(JsonNode node) {
        Integer line = lines.nodes.get(node);
        return line == null ? 0 : line;
    }

    /** The line of a key of a mapping; the mapping's own line when the key is not there. */
    public int line(JsonNode mapping, String key) {
        Map<String, Integer> keys = lines.keys.get(mapping);
        Integer line = keys == null ? null : keys.get(key);
        return line == null ? line(mapping) : line;
    }

    /** What {@link YamlTreeReader} records while it reads. */
    static final class Lines {

        private final Map<JsonNode, Integer> nodes = new IdentityHashMap<>();
        private final Map<JsonNode, Map<String, Integer>> keys = new IdentityHashMap<>();

        void node(JsonNode node, Mark mark) {
            nodes.put(node, mark.getLine() + 1);
        }

        void key(JsonNode mapping, String key, Mark mark) {
            keys.computeIfAbsent(mapping, m -> new HashMap<>()).put(key, mark.getLine() + 1);
        }
    }
}
