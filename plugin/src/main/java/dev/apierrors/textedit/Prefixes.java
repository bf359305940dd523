package dev.apierrors.textedit;

import java.util.HashSet;
import java.util.Set;

/** Every pointer on the way to the mappings an edit needs: only those parts of the text are looked at closely. */
final class Prefixes {

    private Prefixes() {
    }

    static Set<String> of(Set<String> pointers) {
        Set<String> prefixes = new HashSet<>();
        for (String pointer : pointers) {
            prefixes.add("");
            for (int slash = pointer.indexOf('/', 1); slash > 0; slash = pointer.indexOf('/', slash + 1)) {
                prefixes.add(pointer.substring(0, slash));
            }
            prefixes.add(pointer);
        }
        return prefixes;
    }

    static int depth(String pointer) {
        int depth = 0;
        for (int i = 0; i < pointer.length(); i++) {
            if (pointer.charAt(i) == '/') {
                depth++;
            }
        }
        return depth;
    }
}
