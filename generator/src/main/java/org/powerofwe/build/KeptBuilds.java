package org.powerofwe.build;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The builds the running generator keeps between commands ({@link KeptBuild}): one, of the options
 * of the last build; a build of other options replaces it. The running generator makes one and
 * hands it to each build command; a new process has none and builds whole.
 */
public final class KeptBuilds {

    /** Prepares the next build's folder while the generator waits; a daemon thread, so it never keeps the process up. */
    private final ExecutorService spareMaker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "prepare next build");
        thread.setDaemon(true);
        return thread;
    });
    private KeptBuild kept;

    /**
     * Builds into {@code options.output()}: from the kept build when it is of the same options,
     * from nothing otherwise. What it prints and publishes is what a new process would.
     */
    public synchronized BuildResult build(BuildOptions options, boolean relativeLinks, boolean buildCache, Progress progress) {
        KeptBuild.Key key = KeptBuild.keyOf(options, relativeLinks, buildCache);
        if (kept == null || !kept.isOf(key)) {
            forget();
            kept = new KeptBuild(key, spareMaker);
        }
        try {
            return kept.run(options, progress);
        } catch (RuntimeException | Error failure) {
            // Whatever it held may be half updated: the next build starts from nothing.
            forget();
            throw failure;
        }
    }

    private void forget() {
        if (kept != null) {
            kept.close();
            kept = null;
        }
    }
}
