package dev.apierrors.load;

import java.io.IOException;
import java.io.InputStream;

/**
 * One file of a description: the main file or one it references. Relative references resolve
 * against it, whether it lies on disk or on the class path.
 */
public interface SpecResource {

    /** How messages name it: the path as the user knows it. */
    String displayName();

    /** Identity: two resources with the same key are the same file. */
    String key();

    /** Opens the content; fails with a message naming the file when it is missing. */
    InputStream open() throws IOException;

    /** The size in bytes when known before reading (a file on disk), else -1. */
    default long size() throws IOException {
        return -1;
    }

    /** The file a relative reference (the part of a {@code $ref} before {@code #}) names. */
    SpecResource resolve(String relativeReference);

    /** A location Swagger Parser can read from, for the formats it must read itself (Swagger 2.0). */
    String parserLocation();

    /** The file name's extension, lower case, without the dot; empty when there is none. */
    default String extension() {
        String name = displayName();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return dot > slash ? name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
    }
}
