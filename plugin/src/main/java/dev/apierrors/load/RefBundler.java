package dev.apierrors.load;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.document.NodeKind;
import dev.apierrors.document.DocumentStructure;
import dev.apierrors.document.DocumentStructure.Slot;
import dev.apierrors.load.ReferencedFiles.Target;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes one self-contained document of a description split over several files, editing the
 * author's own tree: what a {@code $ref} to another file names is copied in — path items in
 * place, every other object into {@code components} under its own name — and the reference is
 * rewritten to a local one. Nothing else of the document is touched. Also checks that every local
 * reference resolves and that no chain of references loops. The files the references lead to, and
 * what the references name in them, are {@link ReferencedFiles}'.
 */
final class RefBundler {

    private final SpecResource rootResource;
    private final ObjectNode root;
    private final ReferencedFiles files;
    private final Map<String, String> bundled = new HashMap<>();
    private final Map<String, String> inlining = new LinkedHashMap<>();
    private final Deque<String> path = new ArrayDeque<>();
    private final List<LocalRef> localRefs = new ArrayList<>();
    /** Components copied from other files, by section, added to the document after the walk. */
    private final Map<String, ObjectNode> added = new LinkedHashMap<>();
    /** Local references already found to resolve: large descriptions use the same ones thousands of times. */
    private final Set<String> resolvingLocalRefs = new HashSet<>();
    /** Whether the walk changed the main file's tree (a reference rewritten, content copied in). */
    private boolean rewrote;

    private record LocalRef(String ref, SpecResource file, String where) {
    }

    RefBundler(DocumentReader reader, DocumentReader.Read rootRead) {
        this.rootResource = rootRead.resource();
        this.root = (ObjectNode) rootRead.tree();
        this.files = new ReferencedFiles(reader, rootRead, this::where);
    }

    /** After {@link #bundle()}: whether it changed the main file's tree, or left it as read. */
    boolean rewroteMainFile() {
        return rewrote;
    }

    /** Bundles the document in place and returns every file it read, the main file first. */
    List<DocumentReader.Read> bundle() {
        registerComponentFiles();
        walk(root, NodeKind.ROOT, rootResource);
        addComponents();
        for (LocalRef ref : localRefs) {
            checkLocal(ref);
        }
        if (files.several() && TreeShape.of(root).depth() > DocumentReader.MAX_NESTING) {
            throw new ApiErrorsException(rootResource.displayName() + ": joined with the files it references, "
                    + DocumentReader.tooDeep());
        }
        return files.all();
    }

    /**
     * A component that is only a reference to another file ({@code Pet: {$ref: pet.yaml}}) takes
     * that file's content under its own name, so every other reference to the file points to it.
     */
    private void registerComponentFiles() {
        JsonNode components = root.get("components");
        if (components == null || !components.isObject()) {
            return;
        }
        components.fields().forEachRemaining(section -> {
            Slot slot = DocumentStructure.child(NodeKind.COMPONENTS, section.getKey());
            if (slot.shape() != DocumentStructure.Shape.MAP || !section.getValue().isObject()) {
                return;
            }
            section.getValue().fields().forEachRemaining(entry -> {
                String ref = ReferencedFiles.pureRef(entry.getValue());
                if (ref != null && !ref.startsWith("#")) {
                    Target target = ReferencedFiles.locate(ref, rootResource, "components." + section.getKey() + "." + entry.getKey());
                    bundled.putIfAbsent(target.key(), "#/components/" + escape(section.getKey()) + "/" + escape(entry.getKey()));
                }
            });
        });
    }

    private void walk(JsonNode node, NodeKind kind, SpecResource file) {
        if (kind == NodeKind.LITERAL || !node.isObject()) {
            return;
        }
        if (path.size() > DocumentReader.MAX_NESTING) {
            throw new ApiErrorsException(rootResource.displayName() + ": joined with the files it references at "
                    + where() + ", " + DocumentReader.tooDeep());
        }
        ObjectNode object = (ObjectNode) node;
        JsonNode ref = object.get("$ref");
        if (ref != null && ref.isTextual() && reference(object, ref.asText(), kind, file)) {
            return;
        }
        if (kind == NodeKind.SCHEMA) {
            discriminatorMapping(object.path("discriminator").path("mapping"), file);
        }
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            Slot slot = DocumentStructure.child(kind, field.getKey());
            if (slot.kind() == NodeKind.LITERAL || "$ref".equals(field.getKey())) {
                continue;
            }
            path.addLast(field.getKey());
            walkSlot(field.getValue(), slot, file);
            path.removeLast();
        }
    }

    private void walkSlot(JsonNode value, Slot slot, SpecResource file) {
        switch (slot.shape()) {
            case ONE:
                walk(value, slot.kind(), file);
                break;
            case MAP:
                if (value.isObject()) {
                    Iterator<Map.Entry<String, JsonNode>> entries = value.fields();
                    while (entries.hasNext()) {
                        Map.Entry<String, JsonNode> entry = entries.next();
                        path.addLast(entry.getKey());
                        walk(entry.getValue(), slot.kind(), file);
                        path.removeLast();
                    }
                }
                break;
            case LIST:
                if (value.isArray()) {
                    for (int i = 0; i < value.size(); i++) {
                        path.addLast(Integer.toString(i));
                        walk(value.get(i), slot.kind(), file);
                        path.removeLast();
                    }
                }
                break;
            default:
                throw new IllegalStateException(slot.shape().name());
        }
    }

    /**
     * Makes one reference local. Returns true when the target was copied in its place: that copy
     * was walked in its own file's context and must not be walked again in this one.
     */
    private boolean reference(ObjectNode object, String ref, NodeKind kind, SpecResource file) {
        Rewrite rewrite = rewrite(ref, file, kind);
        if (rewrite.copyInPlace() != null) {
            inline(object, rewrite.copyInPlace(), kind, file);
            return true;
        }
        rewrote |= !rewrite.local().equals(ref);
        object.put("$ref", rewrite.local());
        return false;
    }

    /** What becomes of one reference: a local reference, or its target copied in its place. */
    private record Rewrite(String local, Target copyInPlace) {
    }

    /**
     * Path items, and a component of the main file that only points to another file, take the
     * target's content in place; everything else gets a local reference. A reference of the main
     * file into itself stays exactly as the author wrote it.
     */
    private Rewrite rewrite(String ref, SpecResource file, NodeKind kind) {
        Target target = ReferencedFiles.locate(ref, file, where());
        if (target.resource().key().equals(rootResource.key())) {
            return new Rewrite(intoMainFile(ref, file, target), null);
        }
        files.checkChain(target);
        String registered = bundled.get(target.key());
        if (registered != null && !registered.equals(currentPointer())) {
            // A component of the main file already holds this file's content.
            localRefs.add(new LocalRef(registered, file, where()));
            return new Rewrite(registered, null);
        }
        String section = DocumentStructure.componentSection(kind);
        if (section == null || registered != null) {
            return new Rewrite(null, target);
        }
        return new Rewrite(component(target, kind, section), null);
    }

    private String intoMainFile(String ref, SpecResource file, Target target) {
        localRefs.add(new LocalRef("#" + target.pointer(), file, where()));
        return file == rootResource && ref.startsWith("#") ? ref : "#" + target.pointer();
    }

    /**
     * {@code discriminator.mapping} values that name a schema by reference (not by plain name)
     * are references too, and must stay resolvable in the single file.
     */
    private void discriminatorMapping(JsonNode mapping, SpecResource file) {
        if (!mapping.isObject()) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> entries = mapping.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String value = entry.getValue().isTextual() ? entry.getValue().asText() : null;
            if (value == null || !(value.contains("#") || value.contains("/") || value.matches("(?i).*\\.(ya?ml|json)"))) {
                continue;
            }
            path.addLast("discriminator");
            path.addLast("mapping");
            path.addLast(entry.getKey());
            Target target = ReferencedFiles.locate(value, file, where());
            String local;
            if (target.resource().key().equals(rootResource.key())) {
                local = intoMainFile(value, file, target);
            } else {
                String registered = bundled.get(target.key());
                local = registered != null ? registered : component(target, NodeKind.SCHEMA, "schemas");
            }
            rewrote |= !local.equals(value);
            ((ObjectNode) mapping).put(entry.getKey(), local);
            path.removeLast();
            path.removeLast();
            path.removeLast();
        }
    }

    private String currentPointer() {
        StringBuilder pointer = new StringBuilder("#");
        for (String segment : path) {
            pointer.append('/').append(escape(segment));
        }
        return pointer.toString();
    }

    private void inline(ObjectNode object, Target target, NodeKind kind, SpecResource file) {
        if (inlining.putIfAbsent(target.key(), target.display()) != null) {
            throw files.cycle(new ArrayList<>(inlining.values()), target);
        }
        JsonNode content = files.resolve(target);
        if (!content.isObject()) {
            throw new ApiErrorsException(target.display() + " (referenced at " + where()
                    + ") is not an object");
        }
        files.copying(content, target);
        content = content.deepCopy();
        walk(content, kind, target.resource());
        ObjectNode siblings = object.deepCopy();
        siblings.remove("$ref");
        walk(siblings, kind, file);
        rewrote = true;
        object.removeAll();
        object.setAll((ObjectNode) content);
        object.setAll(siblings);
        inlining.remove(target.key());
    }

    private String component(Target target, NodeKind kind, String section) {
        String existing = bundled.get(target.key());
        if (existing != null) {
            return existing;
        }
        ObjectNode sectionNode = added.computeIfAbsent(section, any -> JsonNodeFactory.instance.objectNode());
        String name = uniqueName(existingSection(section), sectionNode, baseName(target));
        String local = "#/components/" + section + "/" + escape(name);
        bundled.put(target.key(), local);
        sectionNode.set(name, NullNode.getInstance());
        JsonNode content = files.resolve(target).deepCopy();
        List<String> referencedAt = new ArrayList<>(path);
        path.clear();
        path.addAll(List.of("components", section, name));
        walk(content, kind, target.resource());
        path.clear();
        path.addAll(referencedAt);
        sectionNode.set(name, content);
        return local;
    }

    /**
     * Components copied from other files wait in {@link #added} until the walk of the main file is
     * over: the walk may be going through the very section they belong to.
     */
    private void addComponents() {
        rewrote |= !added.isEmpty();
        added.forEach((name, entries) -> {
            ObjectNode components = root.has("components") && root.get("components").isObject()
                    ? (ObjectNode) root.get("components") : root.putObject("components");
            JsonNode section = components.get(name);
            (section != null && section.isObject() ? (ObjectNode) section : components.putObject(name)).setAll(entries);
        });
    }

    private JsonNode existingSection(String name) {
        return root.path("components").path(name);
    }

    private static String uniqueName(JsonNode existing, ObjectNode added, String base) {
        String name = base;
        for (int i = 2; existing.has(name) || added.has(name); i++) {
            name = base + "_" + i;
        }
        return name;
    }

    private static String baseName(Target target) {
        String raw;
        int slash = target.pointer().lastIndexOf('/');
        if (slash >= 0 && slash < target.pointer().length() - 1) {
            raw = target.pointer().substring(slash + 1).replace("~1", "/").replace("~0", "~");
        } else {
            String file = target.resource().displayName().replace('\\', '/');
            raw = file.substring(file.lastIndexOf('/') + 1);
            int dot = raw.indexOf('.');
            raw = dot > 0 ? raw.substring(0, dot) : raw;
        }
        String name = raw.replaceAll("[^A-Za-z0-9._-]", "_");
        return name.isEmpty() ? "Component" : name;
    }

    private void checkLocal(LocalRef ref) {
        if (resolvingLocalRefs.contains(ref.ref())) {
            return;
        }
        Target target = new Target(rootResource, ref.ref().substring(1));
        path.clear();
        path.addLast(ref.where());
        if (target.pointer().isEmpty()) {
            throw new ApiErrorsException(rootResource.displayName() + ": $ref '#' at " + ref.where()
                    + " refers to the whole document");
        }
        JsonNode node = root.at(JsonPointer.compile(target.pointer()));
        if (node.isMissingNode()) {
            throw new ApiErrorsException(rootResource.displayName() + ": unresolved $ref '" + ref.ref() + "' at "
                    + ref.where() + (ref.file() == rootResource ? "" : " (in " + ref.file().displayName() + ")"));
        }
        files.checkChain(target);
        resolvingLocalRefs.add(ref.ref());
    }

    private String where() {
        return path.isEmpty() ? "the document root" : String.join(".", path);
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
