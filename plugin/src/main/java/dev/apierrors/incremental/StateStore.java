package dev.apierrors.incremental;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.render.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Keeps the {@link BuildState} in one JSON file of the work directory, written atomically. A file
 * that cannot be read or is of another format counts as no previous build: the next build
 * regenerates, which is always safe.
 */
final class StateStore {

    static final String FILE_NAME = "api-errors-state.json";
    private static final int FORMAT = 1;

    private final Path file;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    StateStore(Path workDirectory) {
        this.file = workDirectory.resolve(FILE_NAME);
    }

    Path file() {
        return file;
    }

    /** The last build's state; empty when there was none or it cannot be read (the reason goes to {@code problem}). */
    Optional<BuildState> read(StringBuilder problem) {
        JsonNode root;
        try {
            root = json.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            problem.append(file).append(" cannot be read (").append(e.getMessage()).append(')');
            return Optional.empty();
        }
        try {
            if (root == null || root.path("format").asInt() != FORMAT) {
                problem.append(file).append(" is of another format");
                return Optional.empty();
            }
            JsonNode fingerprint = root.get("fingerprint");
            List<OutputManifest> outputs = new ArrayList<>();
            for (JsonNode manifest : required(root, "outputs")) {
                outputs.add(manifest(manifest));
            }
            return Optional.of(new BuildState(fingerprint == null || fingerprint.isNull() ? null
                    : fingerprint(fingerprint), outputs));
        } catch (RuntimeException e) {
            problem.append(file).append(" is damaged (").append(e).append(')');
            return Optional.empty();
        }
    }

    void write(BuildState state) throws IOException {
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        if (state.fingerprint() == null) {
            root.putNull("fingerprint");
        } else {
            root.set("fingerprint", fingerprint(state.fingerprint()));
        }
        ArrayNode outputs = root.putArray("outputs");
        for (OutputManifest manifest : state.outputs()) {
            outputs.add(manifest(manifest));
        }
        byte[] bytes = json.writeValueAsString(root).replace("\r\n", "\n").concat("\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        AtomicFiles.write(file, bytes);
    }

    void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    private ObjectNode fingerprint(Fingerprint fingerprint) {
        ObjectNode node = json.createObjectNode();
        node.put("plugin", fingerprint.plugin());
        node.set("configuration", map(fingerprint.configuration()));
        node.set("templates", map(fingerprint.templates()));
        ArrayNode sources = node.putArray("sources");
        for (SourceDigest source : fingerprint.sources()) {
            ObjectNode entry = sources.addObject().put("resource", source.resource()).put("sha256", source.sha256());
            stamp(entry, source.stamp());
        }
        return node;
    }

    private static Fingerprint fingerprint(JsonNode node) {
        List<SourceDigest> sources = new ArrayList<>();
        for (JsonNode source : required(node, "sources")) {
            sources.add(new SourceDigest(text(source, "resource"), text(source, "sha256"), stamp(source)));
        }
        return new Fingerprint(text(node, "plugin"), map(required(node, "configuration")),
                map(required(node, "templates")), sources);
    }

    private ObjectNode manifest(OutputManifest manifest) {
        ObjectNode node = json.createObjectNode();
        node.put("outputDirectory", manifest.outputDirectory());
        ObjectNode sources = node.putObject("sources");
        manifest.sources().forEach((name, file) -> sources.set(name, outputFile(file)));
        node.put("enrichedSpec", manifest.enrichedSpec());
        node.set("enriched", outputFile(manifest.enriched()));
        return node;
    }

    private static OutputManifest manifest(JsonNode node) {
        SortedMap<String, OutputFile> sources = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> files = required(node, "sources").fields(); files.hasNext(); ) {
            Map.Entry<String, JsonNode> file = files.next();
            sources.put(file.getKey(), outputFile(file.getValue()));
        }
        return new OutputManifest(text(node, "outputDirectory"), sources, text(node, "enrichedSpec"),
                outputFile(required(node, "enriched")));
    }

    private ObjectNode outputFile(OutputFile file) {
        ObjectNode node = json.createObjectNode().put("sha256", file.sha256());
        stamp(node, file.stamp());
        return node;
    }

    private static OutputFile outputFile(JsonNode node) {
        return new OutputFile(text(node, "sha256"), stamp(node));
    }

    private static void stamp(ObjectNode node, Stamp stamp) {
        if (stamp != null) {
            node.put("size", stamp.size()).put("modified", stamp.modified());
        }
    }

    private static Stamp stamp(JsonNode node) {
        JsonNode size = node.get("size");
        if (size == null) {
            return null;
        }
        if (!size.canConvertToLong()) {
            throw new IllegalArgumentException("size is not a number");
        }
        return new Stamp(size.asLong(), text(node, "modified"));
    }

    private ObjectNode map(Map<String, String> values) {
        ObjectNode node = json.createObjectNode();
        values.forEach(node::put);
        return node;
    }

    private static SortedMap<String, String> map(JsonNode node) {
        SortedMap<String, String> values = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().isTextual()) {
                throw new IllegalArgumentException(field.getKey() + " is not text");
            }
            values.put(field.getKey(), field.getValue().asText());
        }
        return values;
    }

    private static JsonNode required(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return value;
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = required(node, name);
        if (!value.isTextual()) {
            throw new IllegalArgumentException(name + " is not text");
        }
        return value.asText();
    }
}
