package dev.apierrors.view;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out Java names that differ from each other even on a case-insensitive file system. A name
 * already given gets OpenAPI Generator's suffix for a repeated operationId: {@code _0}, then
 * {@code _1}, in the order names are claimed (document order, so stable for a given description).
 */
final class UniqueNames {

    private final Set<String> taken = new HashSet<>();

    UniqueNames(Collection<String> reserved) {
        reserved.forEach(name -> taken.add(key(name)));
    }

    String claim(String name) {
        String unique = name;
        for (int counter = 0; !taken.add(key(unique)); counter++) {
            unique = name + "_" + counter;
        }
        return unique;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
