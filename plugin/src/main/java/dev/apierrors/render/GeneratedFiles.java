package dev.apierrors.render;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Java sources of one run, rendered in memory before anything is written, so that a failure
 * while rendering leaves the previous output as it was. Keys are paths relative to the output
 * directory, with {@code /} as separator, in sorted order.
 */
public final class GeneratedFiles {

    private final TreeMap<String, byte[]> files = new TreeMap<>();

    public void add(String relativePath, byte[] content) {
        if (files.put(relativePath, content) != null) {
            throw new IllegalStateException("generated twice: " + relativePath);
        }
    }

    public Map<String, byte[]> files() {
        return Collections.unmodifiableMap(files);
    }

    public int size() {
        return files.size();
    }
}
