package dev.apierrors.maven;

import dev.apierrors.paths.OutputClaims;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The claims of the goal's executions in one project, kept with the project for the length of the
 * build (its context values): every execution of the goal in the project sees those before it, and
 * projects built at once in a parallel build each have their own. Only JDK types are kept there,
 * as executions may run in class loaders of their own.
 */
final class ExecutionClaims {

    static final String KEY = "dev.apierrors.outputClaims";

    private ExecutionClaims() {
    }

    @SuppressWarnings("unchecked")
    static OutputClaims of(MavenProject project, MojoExecution execution) {
        ConcurrentMap<String, String> owners;
        // a project's executions run one after another on one thread; the lock is for a plugin
        // that would run goals of one project from several threads
        synchronized (project) {
            owners = (ConcurrentMap<String, String>) project.getContextValue(KEY);
            if (owners == null) {
                owners = new ConcurrentHashMap<>();
                project.setContextValue(KEY, owners);
            }
        }
        return new OutputClaims(owners, execution.getExecutionId());
    }
}
