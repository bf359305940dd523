package dev.apierrors.load;

import dev.apierrors.shared.ApiErrorsException;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.Deque;

/** The file part of a {@code $ref}: percent-decoding and folder arithmetic. */
final class RelativeReferences {

    private RelativeReferences() {
    }

    static String decode(String reference) {
        if (reference.contains("://") || reference.startsWith("//")) {
            throw new ApiErrorsException("remote references are not supported: '" + reference
                    + "' (download the file next to the description and reference it relatively)");
        }
        if (reference.startsWith("file:")) {
            throw new ApiErrorsException("absolute file: references are not supported: '" + reference + "'");
        }
        return URLDecoder.decode(reference.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    static Path toPath(String reference) {
        return Paths.get(decode(reference));
    }

    /** Resolves {@code .} and {@code ..} in a class path name; a name that climbs above the root fails. */
    static String normalize(String name) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : name.split("/")) {
            if (part.isEmpty() || ".".equals(part)) {
                continue;
            }
            if ("..".equals(part)) {
                if (parts.isEmpty()) {
                    throw new ApiErrorsException("class path reference climbs above the class path root: " + name);
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }
}
