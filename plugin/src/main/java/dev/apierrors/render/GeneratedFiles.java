package dev.apierrors.render;

import dev.apierrors.shared.ApiErrorsException;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Java sources of one run, rendered in memory before anything is written, so that a failure
 * while rendering leaves the previous output as it was. Keys are paths relative to the output
 * directory, with {@code /} as separator, in sorted order.
 */
public final class GeneratedFiles {

    private final TreeMap<String, byte[]> files = new TreeMap<>();
    private final Map<String, String> byLowerCase = new HashMap<>();

    /**
     * Adds a file. Fails when its path could lead out of the output directory or is not portable
     * (see {@link OutputPath}), or when it differs from another only by case, since the two would
     * be one file on the file systems of Windows and macOS.
     */
    public void add(String relativePath, byte[] content) {
        OutputPath.check(relativePath);
        String other = byLowerCase.putIfAbsent(relativePath.toLowerCase(Locale.ROOT), relativePath);
        if (other != null && !other.equals(relativePath)) {
            throw new ApiErrorsException("refusing to write both '" + other + "' and '" + relativePath
                    + "': they differ only by case and would be one file on Windows and macOS");
        }
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
