package dev.apierrors.paths;

import dev.apierrors.shared.ApiErrorsException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The files the executions of the goal in one project write, so that two executions never write
 * the same file: the last would silently win, and each build would find the other's file changed
 * and generate again. Each execution claims its files before it writes anything; a file another
 * execution claimed fails the claim, and nothing is claimed then. One instance per project and
 * build, shared by its executions (the build tool keeps it with the project); it holds no state
 * beyond that, and is safe when executions of several projects run at once.
 */
public final class OutputClaims {

    /** By file: "execution NUL parameter", only JDK types, as executions may run in class loaders of their own. */
    private final ConcurrentMap<String, String> owners;
    private final String execution;

    /**
     * @param owners    the claims of the project's executions so far, shared by them: a map that
     *                  is safe to use from several threads, with the files' keys
     * @param execution the execution that claims through this instance
     */
    public OutputClaims(ConcurrentMap<String, String> owners, String execution) {
        this.owners = owners;
        this.execution = execution;
    }

    /** Claims of a run outside a build tool: no other execution to meet. */
    public static OutputClaims none() {
        return new OutputClaims(new ConcurrentHashMap<>(), "default");
    }

    /**
     * Claims {@code files} (each named by the parameters that choose it) for this execution, or
     * fails naming both executions, the file and the parameter to change.
     */
    public void claim(List<NamedPath> files) {
        Map<String, NamedPath> keyed = new LinkedHashMap<>();
        for (NamedPath file : files) {
            keyed.put(key(file.path()), file);
        }
        synchronized (owners) {
            for (Map.Entry<String, NamedPath> file : keyed.entrySet()) {
                String claimed = owners.get(file.getKey());
                Owner owner = claimed == null ? null : Owner.parse(claimed);
                if (owner != null && !owner.execution().equals(execution)) {
                    throw collision(owner, file.getValue());
                }
            }
            keyed.forEach((key, file) -> owners.put(key, execution + '\0' + file.name()));
        }
    }

    private ApiErrorsException collision(Owner owner, NamedPath file) {
        String change = owner.parameter().equals(file.name())
                ? "give one of them another " + file.name()
                : "give execution '" + owner.execution() + "' another " + owner.parameter() + ", or execution '"
                + execution + "' another " + file.name();
        return new ApiErrorsException("invalid configuration: executions '" + owner.execution() + "' and '"
                + execution + "' of the goal both write " + file.path() + "; " + change
                + " (each execution writes files of its own)");
    }

    /** The file as the file system names it: through links, and in one case where case is ignored. */
    private static String key(Path path) {
        Path canonical = PathIdentity.canonical(path);
        Path existing = canonical;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && PathIdentity.ignoresCase(existing)
                ? canonical.toString().toLowerCase(Locale.ROOT) : canonical.toString();
    }

    /** Who claimed a file: the execution, and the parameters that chose the file there. */
    private record Owner(String execution, String parameter) {
        static Owner parse(String claimed) {
            int nul = claimed.indexOf('\0');
            return new Owner(claimed.substring(0, nul), claimed.substring(nul + 1));
        }
    }
}
