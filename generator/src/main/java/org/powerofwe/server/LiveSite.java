package org.powerofwe.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import org.powerofwe.build.BuildOptions;
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

    public LiveSite(BuildOptions options, ForkJoinPool pool) {
        this.session = new BuildSession(options, pool).previewing();
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

    /** Builds everything. */
    public synchronized BuildSession.Outcome buildAll() {
        return finish(session.rebuild(recording(ConcurrentHashMap.newKeySet())), Set.of());
    }

    /** Brings the output up to date after {@code changed} files were saved, created or deleted. */
    public synchronized BuildSession.Outcome update(Set<Path> changed) {
        Set<String> written = ConcurrentHashMap.newKeySet();
        BuildSession.Outcome outcome = session.update(changed, recording(written));
        if (outcome.rendered() && !outcome.incremental()) {
            output.retainOnly(written);
        }
        return finish(outcome, written);
    }

    /** Writes the search index, feed and export an update left for after its pages were served. */
    public synchronized void writePending(BuildSession.Outcome outcome) {
        if (outcome.rendered()) {
            session.writeLanguageFiles(outcome.pendingLanguages(), output);
        }
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
