package org.powerofwe.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import org.powerofwe.build.BuildOptions;
import org.powerofwe.build.BuildFailure;
import org.powerofwe.build.BuildSession;
import org.powerofwe.diag.Problem;
import org.powerofwe.publish.MemoryOutput;
import org.powerofwe.publish.OutputSink;

/**
 * The site as the preview keeps it: a build session and its output in memory, brought up to date
 * after each batch of saved files. Whatever the saves, the output equals what a clean build of
 * the same files gives (tested with random edit sequences).
 */
public final class LiveSite {

    private final BuildSession session;
    private final MemoryOutput output = new MemoryOutput();
    private volatile List<Problem> problems = List.of();
    private volatile boolean broken;
    /** Whether the last build stopped half-way on an unexpected failure. */
    private volatile boolean crashed;

    public LiveSite(BuildOptions options, ForkJoinPool pool) {
        this.session = new BuildSession(options, pool);
    }

    public BuildSession session() {
        return session;
    }

    public MemoryOutput output() {
        return output;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Whether the content has errors (the preview then shows them instead of pages). */
    public boolean broken() {
        return broken;
    }

    /** Builds everything; whatever goes wrong becomes a problem the preview shows. */
    public synchronized BuildSession.Outcome buildAll() {
        return update(Set.of(), true);
    }

    /** Brings the output up to date after {@code changed} files were saved, created or deleted. */
    public synchronized BuildSession.Outcome update(Set<Path> changed) {
        return update(changed, crashed);
    }

    private BuildSession.Outcome update(Set<Path> changed, boolean everything) {
        Set<String> written = ConcurrentHashMap.newKeySet();
        try {
            BuildSession.Outcome outcome = everything ? session.rebuild(recording(written)) : session.update(changed, recording(written));
            crashed = false;
            if (outcome.rendered() && !outcome.incremental()) {
                output.retainOnly(written);
            }
            return finish(outcome, written);
        } catch (Throwable failure) {
            // A failure half-way leaves the session and the output part old, part new: show it,
            // and rebuild everything at the next save so the preview equals a clean build again.
            crash(failure, changed);
            return BuildSession.Outcome.failed(false);
        }
    }

    /** Writes the search index, feed and export an update left for after its pages were served. */
    public synchronized void writePending(BuildSession.Outcome outcome) {
        if (outcome.rendered() && !crashed) {
            try {
                session.writeLanguageFiles(outcome.pendingLanguages(), output);
            } catch (Throwable failure) {
                crash(failure, Set.of());
            }
        }
    }

    private void crash(Throwable failure, Set<Path> changed) {
        crashed = true;
        broken = true;
        String where = changed.stream().findFirst().map(p -> session.layout().display(p)).orElse("content");
        problems = List.of(BuildFailure.problem(failure, where));
    }

    private BuildSession.Outcome finish(BuildSession.Outcome outcome, Set<String> written) {
        problems = session.problems();
        broken = session.hasErrors() || !outcome.rendered();
        return outcome;
    }

    private OutputSink recording(Set<String> written) {
        return new OutputSink() {
            @Override
            public void write(String path, byte[] content) {
                written.add(path);
                output.write(path, content);
            }

            @Override
            public void copy(Path from, String path) {
                written.add(path);
                output.copy(from, path);
            }
        };
    }
}
