package org.powerofwe.build;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * One step of a build run on a thread of its own while the build goes on, for a step that waits on
 * nothing the build is doing (reading the theme while the content is read). {@link #join} gives its
 * result, or throws what it threw, as if it had run where it is joined.
 */
final class Background<T> {

    private final FutureTask<T> task;

    private Background(FutureTask<T> task) {
        this.task = task;
    }

    /** Starts {@code step} now, on a daemon thread named after {@code name}. */
    static <T> Background<T> start(String name, Supplier<T> step) {
        FutureTask<T> task = new FutureTask<>(step::get);
        Thread thread = new Thread(task, "build: " + name);
        thread.setDaemon(true);
        thread.start();
        return new Background<>(task);
    }

    /** Starts {@code step}, which gives no result, as {@link #start} does. */
    static Background<Void> run(String name, Runnable step) {
        return start(name, () -> {
            step.run();
            return null;
        });
    }

    /**
     * Waits for the step after {@code failure} ended the work it ran beside, and adds what the step
     * threw to {@code failure}: the first failure is the one to tell.
     */
    void joinAfter(Throwable failure) {
        try {
            join();
        } catch (RuntimeException | Error also) {
            failure.addSuppressed(also);
        }
    }

    /** Waits for the step; its result, or what it threw. */
    T join() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the step is short: finish it, and keep the interrupt for the caller
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
