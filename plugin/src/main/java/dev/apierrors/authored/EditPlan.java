package dev.apierrors.authored;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.document.Pointers;
import dev.apierrors.load.FileResource;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each addition goes in the author's own files: the responses of an operation into the file
 * and the {@code responses} mapping that hold it (a {@code responses} entry when the operation has
 * none), with references to the shared components made relative to that file; the components into
 * the main file's {@code components} (or, when a components file is named, their definitions into
 * that file and entries referring to them into the main file's), adding the section or
 * {@code components} itself where missing.
 * Every entry is added at the end of an existing mapping, which is what a text edit can do safely.
 */
public final class EditPlan {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One entry {@code key: value} to add at the end of the mapping at {@code mappingPointer}. */
    public record Entry(String mappingPointer, String key, JsonNode value) {
    }

    /** What one file gains. */
    public record FileEdits(AuthoredFile file, List<Entry> entries) {
    }

    private final AuthoredDescription authored;
    private final Map<String, FileEdits> byFile = new LinkedHashMap<>();
    private final Map<String, ObjectNode> newResponses = new HashMap<>();
    private final Set<String> added = new HashSet<>();
    private int responses;
    private NewFile created;

    private EditPlan(AuthoredDescription authored) {
        this.authored = authored;
    }

    public static EditPlan of(AuthoredDescription authored, Additions additions) {
        return of(authored, additions, null);
    }

    /**
     * The plan with the components' definitions in {@code componentsFile} (null: in the main file),
     * which is created when it does not exist.
     */
    public static EditPlan of(AuthoredDescription authored, Additions additions, Path componentsFile) {
        EditPlan plan = new EditPlan(authored);
        additions.responses().forEach(plan::response);
        plan.components(additions.components(), componentsFile);
        return plan;
    }

    /** A file the plan creates, with all of its content. */
    public record NewFile(Path path, ObjectNode content) {
    }

    /** The files that gain something, each with its entries in document order. */
    public List<FileEdits> files() {
        return new ArrayList<>(byFile.values());
    }

    /** The file the plan creates for the components, or null. */
    public NewFile created() {
        return created;
    }

    /** Responses added to operations, each counted once however often the bundled document copies it. */
    public int responses() {
        return responses;
    }

    private void response(Additions.ResponseAddition addition) {
        String label = addition.operation().label();
        AuthoredDescription.Place place = authored.locate(addition.operation().pointer());
        if (place == null || !place.node().isObject()) {
            throw new ApiErrorsException(authored.main().displayName() + ": cannot tell where " + label
                    + " is written in the description's files");
        }
        if (!added.add(place.file().resource().key() + "#" + place.pointer() + " " + addition.code())) {
            return;
        }
        responses++;
        JsonNode value = relative(addition.value(), place.file());
        JsonNode existing = place.node().get("responses");
        if (existing == null) {
            String key = place.file().resource().key() + "#" + place.pointer();
            ObjectNode gained = newResponses.get(key);
            if (gained == null) {
                gained = NODES.objectNode();
                newResponses.put(key, gained);
                add(place.file(), new Entry(place.pointer(), "responses", gained));
            }
            gained.set(addition.code(), value);
        } else if (existing.isObject()) {
            add(place.file(), new Entry(place.pointer() + "/responses", addition.code(), value));
        } else {
            throw new ApiErrorsException(place.file().displayName() + ":" + new TextPositions(place.file())
                    .of(place.pointer() + "/responses") + ": the responses of " + label + " are not a mapping ("
                    + (existing.isNull() ? "the key has no value" : "found " + existing.getNodeType()
                    .name().toLowerCase(java.util.Locale.ROOT)) + "); write them as a mapping of status codes");
        }
    }

    private void components(List<Additions.ComponentAddition> components, Path componentsFile) {
        if (components.isEmpty()) {
            return;
        }
        Map<String, ObjectNode> sections = new LinkedHashMap<>();
        for (Additions.ComponentAddition component : components) {
            sections.computeIfAbsent(component.section(), any -> NODES.objectNode())
                    .set(component.name(), component.value());
        }
        AuthoredFile main = authored.main();
        if (componentsFile == null || componentsFile.toAbsolutePath().normalize().equals(fileOf(main))) {
            addComponents(main, sections);
        } else {
            componentsElsewhere(componentsFile.toAbsolutePath().normalize(), sections);
        }
    }

    /**
     * The definitions go into their own file, and the main file's {@code components} get an entry
     * of the same name that only refers to it: every {@code $ref} of the description keeps naming
     * the main file's components, and the bundler takes the definitions in under those names.
     */
    private void componentsElsewhere(Path path, Map<String, ObjectNode> sections) {
        FileResource resource = new FileResource(path);
        AuthoredFile file = authored.file(resource);
        if (file == null && Files.isRegularFile(path)) {
            file = AuthoredFile.read(resource);
        }
        String reference = relativePath(fileOf(authored.main()), path);
        Map<String, ObjectNode> stubs = new LinkedHashMap<>();
        Map<String, ObjectNode> definitions = new LinkedHashMap<>();
        for (Map.Entry<String, ObjectNode> section : sections.entrySet()) {
            for (Map.Entry<String, JsonNode> entry : section.getValue().properties()) {
                String pointer = "/components/" + Pointers.escape(section.getKey()) + "/" + Pointers.escape(entry.getKey());
                stubs.computeIfAbsent(section.getKey(), any -> NODES.objectNode())
                        .putObject(entry.getKey()).put("$ref", reference + "#" + pointer);
                JsonNode there = file == null ? null : file.tree().at(pointer);
                if (there == null || there.isMissingNode()) {
                    definitions.computeIfAbsent(section.getKey(), any -> NODES.objectNode())
                            .set(entry.getKey(), entry.getValue());
                } else if (!there.equals(entry.getValue())) {
                    throw new ApiErrorsException(file.displayName() + ":" + new TextPositions(file).of(pointer) + ": '"
                            + pointer.substring(1).replace('/', '.') + "' already exists there with another definition;"
                            + " the plugin never replaces it");
                }
            }
        }
        addComponents(authored.main(), stubs);
        if (file == null) {
            ObjectNode content = NODES.objectNode();
            content.putObject("components").setAll(definitions);
            created = new NewFile(path, content);
        } else if (!definitions.isEmpty()) {
            addComponents(file, definitions);
        }
    }

    /** Components into a file's {@code components}, adding the section or {@code components} itself where missing. */
    private void addComponents(AuthoredFile file, Map<String, ObjectNode> sections) {
        JsonNode existing = file.tree().get("components");
        if (existing == null) {
            ObjectNode all = NODES.objectNode();
            all.setAll(sections);
            add(file, new Entry("", "components", all));
            return;
        }
        if (!existing.isObject()) {
            throw notAMapping(file, "/components", "components");
        }
        sections.forEach((section, entries) -> {
            String pointer = "/components/" + Pointers.escape(section);
            JsonNode have = existing.get(section);
            if (have == null) {
                add(file, new Entry("/components", section, entries));
            } else if (have.isObject()) {
                entries.fields().forEachRemaining(entry -> add(file, new Entry(pointer, entry.getKey(), entry.getValue())));
            } else {
                throw notAMapping(file, pointer, "components." + section);
            }
        });
    }

    private static ApiErrorsException notAMapping(AuthoredFile file, String pointer, String where) {
        return new ApiErrorsException(file.displayName() + ":" + new TextPositions(file).of(pointer) + ": '" + where
                + "' must be a mapping to add the error components to it");
    }

    private void add(AuthoredFile file, Entry entry) {
        byFile.computeIfAbsent(file.resource().key(), any -> new FileEdits(file, new ArrayList<>())).entries().add(entry);
    }

    /**
     * The enrichment's local references name the main file's components; from another file they
     * name them through the main file's path relative to that file.
     */
    private JsonNode relative(JsonNode value, AuthoredFile file) {
        if (file == authored.main()) {
            return value;
        }
        String prefix = relativePath(file, authored.main());
        JsonNode copy = value.deepCopy();
        prefixRefs(copy, prefix);
        return copy;
    }

    private static void prefixRefs(JsonNode node, String prefix) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#")) {
                object.set("$ref", TextNode.valueOf(prefix + ref.asText()));
            }
            for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
                prefixRefs(children.next(), prefix);
            }
        } else if (node.isArray()) {
            node.forEach(child -> prefixRefs(child, prefix));
        }
    }

    static String relativePath(AuthoredFile from, AuthoredFile to) {
        return relativePath(fileOf(from), fileOf(to));
    }

    private static String relativePath(Path fromPath, Path toPath) {
        Path relative = fromPath.getParent().relativize(toPath);
        StringBuilder reference = new StringBuilder();
        for (Path segment : relative) {
            if (reference.length() > 0) {
                reference.append('/');
            }
            reference.append(encode(segment.toString()));
        }
        return reference.toString();
    }

    private static Path fileOf(AuthoredFile file) {
        if (!(file.resource() instanceof FileResource)) {
            throw new ApiErrorsException(file.displayName() + " is not a file on disk: the description's own files"
                    + " can only be edited where they can be written");
        }
        return ((FileResource) file.resource()).path();
    }

    /** A file name as a URI path segment: spaces, {@code #}, {@code %} and the like percent-encoded. */
    private static String encode(String segment) {
        try {
            return new URI(null, null, segment, null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
