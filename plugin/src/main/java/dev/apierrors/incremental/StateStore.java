package dev.apierrors.incremental;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.apierrors.render.AtomicFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Keeps the {@link BuildState} in one JSON file of the work directory, written atomically. A file
 * that cannot be read or is of another format counts as no previous build: the next build
 * regenerates, which is always safe.
 * <p>
 * Read and written with Jackson's streaming parser and generator, not its object mapper: every
 * build reads this file, also the one that finds nothing to do, and the mapper's classes alone
 * took longer to load than the rest of that decision.
 */
final class StateStore {

    static final String FILE_NAME = "api-errors-state.json";
    private static final int FORMAT = 1;

    private final Path file;

    StateStore(Path workDirectory) {
        this.file = workDirectory.resolve(FILE_NAME);
    }

    Path file() {
        return file;
    }

    /** The last build's state; empty when there was none or it cannot be read (the reason goes to {@code problem}). */
    Optional<BuildState> read(StringBuilder problem) {
        Object root;
        try {
            root = parse(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            problem.append(file).append(" cannot be read (").append(e.getMessage()).append(')');
            return Optional.empty();
        }
        try {
            if (!(root instanceof Map<?, ?> top) || !Long.valueOf(FORMAT).equals(top.get("format"))) {
                problem.append(file).append(" is of another format");
                return Optional.empty();
            }
            Object fingerprint = top.get("fingerprint");
            List<OutputManifest> outputs = new ArrayList<>();
            for (Object manifest : list(top, "outputs")) {
                outputs.add(manifest(object(manifest, "outputs")));
            }
            return Optional.of(new BuildState(fingerprint == null ? null
                    : fingerprint(object(fingerprint, "fingerprint")), outputs));
        } catch (RuntimeException e) {
            problem.append(file).append(" is damaged (").append(e).append(')');
            return Optional.empty();
        }
    }

    void write(BuildState state) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = new JsonFactory().createGenerator(bytes)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartObject();
            json.writeNumberField("format", FORMAT);
            if (state.fingerprint() == null) {
                json.writeNullField("fingerprint");
            } else {
                json.writeFieldName("fingerprint");
                fingerprint(json, state.fingerprint());
            }
            json.writeArrayFieldStart("outputs");
            for (OutputManifest manifest : state.outputs()) {
                manifest(json, manifest);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        String text = bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n").concat("\n");
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    private static void fingerprint(JsonGenerator json, Fingerprint fingerprint) throws IOException {
        json.writeStartObject();
        json.writeStringField("plugin", fingerprint.plugin());
        json.writeFieldName("configuration");
        map(json, fingerprint.configuration());
        json.writeFieldName("templates");
        map(json, fingerprint.templates());
        json.writeArrayFieldStart("sources");
        for (SourceDigest source : fingerprint.sources()) {
            json.writeStartObject();
            json.writeStringField("resource", source.resource());
            json.writeStringField("sha256", source.sha256());
            stamp(json, source.stamp());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static Fingerprint fingerprint(Map<?, ?> node) {
        List<SourceDigest> sources = new ArrayList<>();
        for (Object item : list(node, "sources")) {
            Map<?, ?> source = object(item, "sources");
            sources.add(new SourceDigest(text(source, "resource"), text(source, "sha256"), stamp(source)));
        }
        return new Fingerprint(text(node, "plugin"), map(object(required(node, "configuration"), "configuration")),
                map(object(required(node, "templates"), "templates")), sources);
    }

    private static void manifest(JsonGenerator json, OutputManifest manifest) throws IOException {
        json.writeStartObject();
        json.writeStringField("outputDirectory", manifest.outputDirectory());
        json.writeObjectFieldStart("sources");
        for (Map.Entry<String, OutputFile> source : manifest.sources().entrySet()) {
            json.writeFieldName(source.getKey());
            outputFile(json, source.getValue());
        }
        json.writeEndObject();
        json.writeStringField("enrichedSpec", manifest.enrichedSpec());
        json.writeFieldName("enriched");
        outputFile(json, manifest.enriched());
        json.writeEndObject();
    }

    private static OutputManifest manifest(Map<?, ?> node) {
        SortedMap<String, OutputFile> sources = new TreeMap<>();
        for (Map.Entry<?, ?> file : object(required(node, "sources"), "sources").entrySet()) {
            sources.put((String) file.getKey(), outputFile(object(file.getValue(), (String) file.getKey())));
        }
        return new OutputManifest(text(node, "outputDirectory"), sources, text(node, "enrichedSpec"),
                outputFile(object(required(node, "enriched"), "enriched")));
    }

    private static void outputFile(JsonGenerator json, OutputFile file) throws IOException {
        json.writeStartObject();
        json.writeStringField("sha256", file.sha256());
        stamp(json, file.stamp());
        json.writeEndObject();
    }

    private static OutputFile outputFile(Map<?, ?> node) {
        return new OutputFile(text(node, "sha256"), stamp(node));
    }

    private static void stamp(JsonGenerator json, Stamp stamp) throws IOException {
        if (stamp != null) {
            json.writeNumberField("size", stamp.size());
            json.writeStringField("modified", stamp.modified());
        }
    }

    private static Stamp stamp(Map<?, ?> node) {
        Object size = node.get("size");
        if (size == null) {
            return null;
        }
        if (!(size instanceof Long number)) {
            throw new IllegalArgumentException("size is not a number");
        }
        return new Stamp(number, text(node, "modified"));
    }

    private static void map(JsonGenerator json, Map<String, String> values) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            json.writeStringField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
    }

    private static SortedMap<String, String> map(Map<?, ?> node) {
        SortedMap<String, String> values = new TreeMap<>();
        for (Map.Entry<?, ?> field : node.entrySet()) {
            if (!(field.getValue() instanceof String value)) {
                throw new IllegalArgumentException(field.getKey() + " is not text");
            }
            values.put((String) field.getKey(), value);
        }
        return values;
    }

    private static Object required(Map<?, ?> node, String name) {
        Object value = node.get(name);
        if (value == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return value;
    }

    private static Map<?, ?> object(Object value, String name) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(name + " is not an object");
        }
        return map;
    }

    private static List<?> list(Map<?, ?> node, String name) {
        if (!(required(node, name) instanceof List<?> list)) {
            throw new IllegalArgumentException(name + " is not a list");
        }
        return list;
    }

    private static String text(Map<?, ?> node, String name) {
        if (!(required(node, name) instanceof String text)) {
            throw new IllegalArgumentException(name + " is not text");
        }
        return text;
    }

    /**
     * The file as plain values: maps (in the file's order), lists, strings, whole numbers as
     * {@code Long}, other numbers as {@code Double}, booleans, and null for JSON's null. A file
     * that is not one JSON value fails as {@link IOException}, as an unreadable one does.
     */
    static Object parse(byte[] content) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(content)) {
            if (parser.nextToken() == null) {
                throw new IOException("the file is empty");
            }
            Object value = value(parser);
            if (parser.nextToken() != null) {
                throw new IOException("more than one JSON value");
            }
            return value;
        }
    }

    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.put(name, value(parser));
                }
                return object;
            }
            case START_ARRAY: {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser));
                }
                return array;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IOException("unexpected " + token + " at " + parser.currentLocation());
        }
    }
}
