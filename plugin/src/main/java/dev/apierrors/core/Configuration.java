package dev.apierrors.core;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apierrors.load.SpecResource;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The configuration of a build as text, one entry per value that affects the outputs: every
 * component of the {@link GenerationRequest}, nested records flattened, except {@code force}
 * (which decides whether to generate, not what), {@code sourceFolders} and {@code buildDirectory}
 * (which only decide where the goal may write, and fail the build when it may not). Taken from the record itself, so a value added
 * to the request later is part of the fingerprint without anyone remembering to add it here;
 * a type this class cannot write down fails loudly instead of being left out. The enrichment
 * gives its own entries ({@link EnrichmentSettings#fingerprint()}).
 */
final class Configuration {

    private static final Set<String> NOT_OUTPUTS = Set.of("force", "sourceFolders", "buildDirectory");

    private Configuration() {
    }

    static SortedMap<String, String> of(GenerationRequest request) {
        SortedMap<String, String> values = new TreeMap<>();
        for (RecordComponent component : GenerationRequest.class.getRecordComponents()) {
            if (NOT_OUTPUTS.contains(component.getName())) {
                continue;
            }
            Object value = read(component, request);
            if (value instanceof EnrichmentSettings enrichment) {
                values.putAll(enrichment.fingerprint());
            } else {
                add(values, component.getName(), value);
            }
        }
        return Collections.unmodifiableSortedMap(values);
    }

    static void add(SortedMap<String, String> values, String name, Object value) {
        if (value instanceof Record record && !(value instanceof SpecResource)) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                add(values, name + "." + component.getName(), read(component, record));
            }
        } else {
            values.put(name, text(name, value));
        }
    }

    private static String text(String name, Object value) {
        if (value == null) {
            return "(none)";
        }
        if (value instanceof SpecResource resource) {
            return resource.key();
        }
        if (value instanceof Path path) {
            return path.toAbsolutePath().normalize().toString();
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Character) {
            return value.toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Collection<?> collection) {
            List<String> items = new ArrayList<>();
            for (Object item : collection) {
                items.add(text(name, item));
            }
            Collections.sort(items);
            return items.toString();
        }
        if (value instanceof Map<?, ?> map) {
            SortedMap<String, String> entries = new TreeMap<>();
            map.forEach((key, item) -> entries.put(text(name, key), text(name, item)));
            return entries.toString();
        }
        // last: a settled build's settings are text, and its check should not load Jackson's tree classes
        if (value instanceof JsonNode || value instanceof Record) {
            // a JSON schema of the convention, or one of its statuses: their text says all they hold
            return value.toString();
        }
        throw new IllegalStateException("the fingerprint cannot write down " + name + " of type "
                + value.getClass().getName() + "; teach " + Configuration.class.getSimpleName() + " how");
    }

    static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
