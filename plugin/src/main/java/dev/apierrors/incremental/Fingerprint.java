package dev.apierrors.incremental;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything the outputs of a build depend on.
 *
 * @param plugin        the plugin's version
 * @param configuration every configuration value that affects the outputs, by name
 * @param templates     the digest of every template in use, by name
 * @param sources       every file of the description, the main file first, with its digest
 */
public record Fingerprint(String plugin, SortedMap<String, String> configuration, SortedMap<String, String> templates,
                          List<SourceDigest> sources) {

    public Fingerprint {
        Objects.requireNonNull(plugin, "plugin");
        configuration = Collections.unmodifiableSortedMap(new TreeMap<>(configuration));
        templates = Collections.unmodifiableSortedMap(new TreeMap<>(templates));
        sources = List.copyOf(sources);
    }

    /** Why outputs made under {@code previous} may not be those of this build; null when they are. */
    public String differenceFrom(Fingerprint previous) {
        if (!plugin.equals(previous.plugin)) {
            return "the plugin changed (" + previous.plugin + " -> " + plugin + ")";
        }
        String configurationChange = firstChange(previous.configuration, configuration);
        if (configurationChange != null) {
            return "the configuration changed: " + configurationChange + " ("
                    + previous.configuration.getOrDefault(configurationChange, "(none)") + " -> "
                    + configuration.getOrDefault(configurationChange, "(none)") + ")";
        }
        String templateChange = firstChange(previous.templates, templates);
        if (templateChange != null) {
            return "template " + templateChange + (!templates.containsKey(templateChange) ? " was removed"
                    : !previous.templates.containsKey(templateChange) ? " was added" : " changed");
        }
        if (sources.size() != previous.sources.size()) {
            return "the description is made of other files than before";
        }
        for (int i = 0; i < sources.size(); i++) {
            SourceDigest now = sources.get(i);
            SourceDigest before = previous.sources.get(i);
            if (!now.resource().equals(before.resource())) {
                return "the description is made of other files than before";
            }
            if (!now.sameContent(before)) {
                return SourceFiles.displayName(now.resource())
                        + (SourceDigest.MISSING.equals(now.sha256()) ? " cannot be read any more" : " changed");
            }
        }
        return null;
    }

    private static String firstChange(Map<String, String> before, Map<String, String> now) {
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(now.keySet());
        for (String name : names) {
            if (!Objects.equals(before.get(name), now.get(name))) {
                return name;
            }
        }
        return null;
    }
}
