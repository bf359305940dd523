package dev.apierrors.convention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.load.FileResource;
import dev.apierrors.load.LocatedYaml;
import dev.apierrors.load.SpecResource;

import javax.lang.model.SourceVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a convention file (docs/conventions.md): the built-in ones, which are files of the
 * plugin, and a team's own, by the same rules. Every problem fails with
 * {@code invalid convention: <file>:<line>: <problem>} before anything is generated.
 */
public final class ConventionReader {

    private static final Set<String> TOP_KEYS = Set.of("mediaType", "bodies", "fill", "statuses",
            ConventionExamples.KEY);
    private static final Set<String> STATUS_KEYS = Set.of("code", "reason", "description", "body", "retry",
            "exception");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*");
    private static final Pattern COMPONENT_NAME = Pattern.compile("[A-Za-z0-9._-]+");

    private final LocatedYaml yaml;
    private final String file;

    private ConventionReader(LocatedYaml yaml) {
        this.yaml = yaml;
        this.file = yaml.resource().displayName();
    }

    /**
     * The convention a build names: {@code standard} (also for null or blank), {@code problem}, or
     * the path of a convention file, relative to {@code basedir}.
     */
    public static Convention resolve(String setting, Path basedir) {
        String preset = ConventionFile.presetName(setting);
        return preset != null ? preset(preset) : read(ConventionFile.of(setting, basedir), null);
    }

    /** One of the plugin's own conventions, {@code standard} or {@code problem}. */
    public static Convention preset(String name) {
        return read(ConventionFile.preset(name), name);
    }

    private static Convention read(SpecResource resource, String presetName) {
        LocatedYaml yaml;
        try {
            yaml = LocatedYaml.read(resource);
        } catch (ApiErrorsException e) {
            throw new InvalidConventionException(e);
        }
        return new ConventionReader(yaml).convention(presetName);
    }

    private Convention convention(String presetName) {
        JsonNode root = yaml.tree();
        if (!root.isObject()) {
            throw invalid(root, "expected a mapping with mediaType, bodies and statuses");
        }
        checkKeys(root, TOP_KEYS);
        String mediaType = text(root, "mediaType", true);
        if (!MEDIA_TYPE.matcher(mediaType).matches()) {
            throw invalid(root, "mediaType", "mediaType '" + mediaType + "' is not a media type such as application/json");
        }
        JsonNode bodiesNode = required(root, "bodies");
        if (!bodiesNode.isObject() || bodiesNode.isEmpty()) {
            throw invalid(root, "bodies", "bodies must be a mapping of body names to JSON schemas, with at least one");
        }
        Map<String, ObjectNode> bodies = new LinkedHashMap<>();
        Map<String, Integer> bodyLines = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> entries = bodiesNode.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String name = entry.getKey();
            if (!COMPONENT_NAME.matcher(name).matches()) {
                throw invalid(bodiesNode, name, "body name '" + name
                        + "' is not a valid component name (letters, digits, '.', '-' and '_')");
            }
            bodyLines.put(name, yaml.line(bodiesNode, name));
        }
        BodySchemas schemas = new BodySchemas(this, bodyLines.keySet());
        entries = bodiesNode.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            schemas.checkBody(bodiesNode, entry.getKey(), entry.getValue());
            bodies.put(entry.getKey(), (ObjectNode) entry.getValue());
        }
        JsonNode statusesNode = required(root, "statuses");
        if (!statusesNode.isArray() || statusesNode.isEmpty()) {
            throw invalid(root, "statuses", "statuses must be a list of error statuses, with at least one");
        }
        List<Convention.Status> statuses = new ArrayList<>();
        Map<Integer, Integer> codeLines = new LinkedHashMap<>();
        for (JsonNode status : statusesNode) {
            statuses.add(status(status, bodies.keySet(), codeLines, statusesNode));
        }
        Map<String, BodyFill> fills = new FillReader(this).read(root.get("fill"), bodies);
        Map<Integer, JsonNode> examples = new ConventionExamples(this, bodies, bodyLines)
                .read(root.get(ConventionExamples.KEY), statuses);
        return new Convention(presetName != null ? presetName : file, mediaType, bodies, statuses, fills, bodyLines,
                presetName != null || !(yaml.resource() instanceof FileResource source) ? null : source.path(),
                examples);
    }

    private Convention.Status status(JsonNode status, Set<String> bodies, Map<Integer, Integer> codeLines,
                                     JsonNode list) {
        if (!status.isObject()) {
            throw invalid(list, "each status must be a mapping with code, reason, description, body and retry");
        }
        checkKeys(status, STATUS_KEYS);
        JsonNode codeNode = required(status, "code");
        if (!codeNode.canConvertToInt() || !codeNode.isIntegralNumber()) {
            throw invalid(status, "code", "code '" + codeNode.asText() + "' is not an HTTP status code");
        }
        int code = codeNode.intValue();
        if (code < 400 || code > 599) {
            throw invalid(status, "code", "code " + code + " is not an error status: codes are 400 to 599");
        }
        Integer first = codeLines.putIfAbsent(code, yaml.line(status, "code"));
        if (first != null) {
            throw invalid(status, "code", "code " + code + " appears twice (first at line " + first + ")");
        }
        String reason = text(status, "reason", true);
        String description = text(status, "description", true);
        String body = text(status, "body", true);
        if (!bodies.contains(body)) {
            throw invalid(status, "body", "status " + code + ": body '" + body + "' is not defined under bodies"
                    + " (defined: " + String.join(", ", bodies) + ")");
        }
        Retry retry = code < 500 ? Retry.NEVER : Retry.ESCALATE;
        if (status.has("retry")) {
            String text = text(status, "retry", true);
            retry = Retry.parse(text);
            if (retry == null) {
                throw invalid(status, "retry", "status " + code + ": retry '" + text
                        + "' is not one of never, retryable, escalate");
            }
        }
        String exception = status.has("exception") ? text(status, "exception", true) : null;
        if (exception != null && (!SourceVersion.isIdentifier(exception)
                || SourceVersion.isKeyword(exception, SourceVersion.RELEASE_17))) {
            throw invalid(status, "exception", "status " + code + ": exception '" + exception
                    + "' is not a Java class name");
        }
        return new Convention.Status(code, reason, description, body, retry, exception);
    }

    private void checkKeys(JsonNode mapping, Set<String> allowed) {
        Iterator<String> names = mapping.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw invalid(mapping, name, "unknown key '" + name + "' (expected " + String.join(", ",
                        new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    private JsonNode required(JsonNode mapping, String key) {
        JsonNode value = mapping.get(key);
        if (value == null || value.isNull()) {
            throw invalid(mapping, describe(mapping) + "has no " + key);
        }
        return value;
    }

    private String text(JsonNode mapping, String key, boolean required) {
        JsonNode value = required ? required(mapping, key) : mapping.get(key);
        if (value == null) {
            return null;
        }
        if (!value.isValueNode() || value.asText().isBlank()) {
            throw invalid(mapping, key, describe(mapping) + key + " must be a non-empty text");
        }
        return value.asText().trim();
    }

    private static String describe(JsonNode mapping) {
        JsonNode code = mapping.get("code");
        return code != null && code.isIntegralNumber() ? "status " + code.asText() + " " : "the convention ";
    }

    String file() {
        return file;
    }

    InvalidConventionException invalid(JsonNode node, String problem) {
        return new InvalidConventionException(file, yaml.line(node), problem);
    }

    InvalidConventionException invalid(JsonNode mapping, String key, String problem) {
        return new InvalidConventionException(file, yaml.line(mapping, key), problem);
    }
}
