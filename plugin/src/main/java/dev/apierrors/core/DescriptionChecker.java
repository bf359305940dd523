package dev.apierrors.core;

import dev.apierrors.shared.BuildLog;
import dev.apierrors.authored.Additions;
import dev.apierrors.authored.AuthoredDescription;
import dev.apierrors.authored.AuthoredFile;
import dev.apierrors.authored.TextPositions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Says whether the author's description already has everything the enrichment adds: each operation
 * that lacks responses is one finding listing their codes, at the operation in the author's files,
 * and so is each component the description lacks, where it belongs. Reads only; writes nothing.
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
        // One line per operation, as a linter reports: where it is written, then every code it lacks.
        Map<String, List<String>> codesByPlace = new LinkedHashMap<>();
        Map<String, String> headByPlace = new HashMap<>();
        int missingResponses = 0;
        for (Additions.ResponseAddition response : pending.additions().responses()) {
            AuthoredDescription.Place place = authored.locate(response.operation().pointer());
            AuthoredFile file = place == null ? authored.main() : place.file();
            String pointer = place == null ? "" : place.pointer();
            String key = file.resource().key() + "#" + pointer;
            headByPlace.computeIfAbsent(key, any -> at(positions, file, pointer) + ": "
                    + response.operation().label() + " lacks ");
            List<String> codes = codesByPlace.computeIfAbsent(key, any -> new ArrayList<>());
            // An operation copied to two places of the bundled document is written once.
            if (!codes.contains(response.code())) {
                codes.add(response.code());
                missingResponses++;
            }
        }
        List<String> findings = new ArrayList<>();
        codesByPlace.forEach((key, codes) -> findings.add(headByPlace.get(key) + String.join(", ", codes)));
        int missingComponents = 0;
        for (Additions.ComponentAddition component : pending.additions().components()) {
            findings.add(at(positions, authored.main(), sectionOrAbove(authored, component)) + ": "
                    + component.label() + " is missing");
            missingComponents++;
        }
        log.debug("api-errors: " + pending.report().summary());
        return new CheckResult(findings, missingResponses, missingComponents);
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
