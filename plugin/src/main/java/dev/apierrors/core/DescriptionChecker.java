package dev.apierrors.core;

import dev.apierrors.shared.BuildLog;
import dev.apierrors.authored.Additions;
import dev.apierrors.authored.AuthoredDescription;
import dev.apierrors.authored.AuthoredFile;
import dev.apierrors.authored.TextPositions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Says whether the author's description already has everything the enrichment adds: each response
 * an operation lacks and each component the description lacks is one finding, at the place in the
 * author's files where it belongs. Reads only; writes nothing.
 */
public final class DescriptionChecker {

    /** More findings than this are counted, not listed: the first ones show what is wrong. */
    static final int FINDINGS_SHOWN = 50;

    /** What was found: nothing, when the description is complete. */
    public record CheckResult(List<String> findings, int missingResponses, int missingComponents) {

        public CheckResult {
            findings = List.copyOf(findings);
        }

        public boolean complete() {
            return findings.isEmpty();
        }

        /** The findings to show, at most {@link #FINDINGS_SHOWN}, then how many more, then how to fix them. */
        public List<String> report() {
            List<String> lines = new ArrayList<>(findings.subList(0, Math.min(FINDINGS_SHOWN, findings.size())));
            if (findings.size() > FINDINGS_SHOWN) {
                lines.add("... and " + (findings.size() - FINDINGS_SHOWN) + " more");
            }
            lines.add("Run 'mvn api-errors:apply' to add them to the description's files, or add them yourself.");
            return lines;
        }

        /** One sentence for the build failure. */
        public String summary() {
            List<String> parts = new ArrayList<>();
            if (missingResponses > 0) {
                parts.add(missingResponses + (missingResponses == 1 ? " error response" : " error responses"));
            }
            if (missingComponents > 0) {
                parts.add(missingComponents + (missingComponents == 1 ? " component" : " components"));
            }
            return "the description lacks " + String.join(" and ", parts) + " of the API errors convention;"
                    + " run 'mvn api-errors:apply' to add them";
        }
    }

    public CheckResult check(DescriptionRequest request, BuildLog log) {
        PendingAdditions pending = PendingAdditions.of(request, log);
        AuthoredDescription authored = pending.authored();
        Map<String, TextPositions> positions = new HashMap<>();
        Set<String> findings = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        for (Additions.ResponseAddition response : pending.additions().responses()) {
            AuthoredDescription.Place place = authored.locate(response.operation().pointer());
            AuthoredFile file = place == null ? authored.main() : place.file();
            String pointer = place == null ? "" : place.pointer();
            // An operation copied to two places of the bundled document is written once.
            if (places.add(file.resource().key() + "#" + pointer + " " + response.code())) {
                String component = response.componentName();
                findings.add(at(positions, file, pointer) + ": " + response.operation().label() + " lacks "
                        + response.code() + (component == null ? "" : " (" + component + ")"));
            }
        }
        int missingResponses = findings.size();
        for (Additions.ComponentAddition component : pending.additions().components()) {
            findings.add(at(positions, authored.main(), sectionOrAbove(authored, component)) + ": "
                    + component.label() + " is missing");
        }
        log.debug("api-errors: " + pending.report().summary());
        return new CheckResult(new ArrayList<>(findings), missingResponses, findings.size() - missingResponses);
    }

    private static String at(Map<String, TextPositions> positions, AuthoredFile file, String pointer) {
        return file.displayName() + ":" + positions.computeIfAbsent(file.resource().key(), key -> new TextPositions(file)).of(pointer);
    }

    /** Where a missing component would go: its section of {@code components}, or what of that path exists. */
    private static String sectionOrAbove(AuthoredDescription authored, Additions.ComponentAddition component) {
        String section = component.pointer().substring(0, component.pointer().lastIndexOf('/'));
        if (!authored.main().tree().at(section).isMissingNode()) {
            return section;
        }
        return authored.main().tree().has("components") ? "/components" : "";
    }
}
