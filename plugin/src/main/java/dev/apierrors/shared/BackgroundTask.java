package dev.apierrors.shared;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Work that runs on a thread of its own while the caller goes on with other work. The thread is
 * started per task (a run of the goal starts one), inherits the caller's context class loader and
 * never outlives the JVM's wish to exit.
 */
public final class BackgroundTask<T> {

    private final String name;
    private final FutureTask<T> task;

    private BackgroundTask(String name, Supplier<T> work) {
        this.name = name;
        task = new FutureTask<>(work::get);
    }

    public static <T> BackgroundTask<T> start(String name, Supplier<T> work) {
        BackgroundTask<T> background = new BackgroundTask<>(name, work);
        Thread thread = new Thread(background.task, name);
        thread.setDaemon(true);
        thread.start();
        return background;
    }

    /** Waits for the work and returns its result, or throws what it threw. */
    public T join() {
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.cancel(true);
            throw new ApiErrorsException("interrupted while waiting for " + name, e);
        }
    }
}
