package dev.apierrors.incremental;

import java.util.List;

/**
 * What the work directory remembers of the last build.
 *
 * @param fingerprint what the outputs were made from; null while a build is writing them, so that
 *                    a build that stopped half-way is never taken as up to date
 * @param outputs     what was written: one manifest after a complete build; while a build is
 *                    writing, its own manifest first, then those of the builds before it whose
 *                    files may still lie around
 */
record BuildState(Fingerprint fingerprint, List<OutputManifest> outputs) {

    BuildState {
        outputs = List.copyOf(outputs);
    }

    boolean complete() {
        return fingerprint != null && outputs.size() == 1;
    }
}
