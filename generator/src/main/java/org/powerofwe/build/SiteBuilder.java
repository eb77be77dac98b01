package org.powerofwe.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import org.powerofwe.config.ProjectLayout;
import org.powerofwe.diag.Problem;
import org.powerofwe.diag.Severity;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.publish.OutputGuard;
import org.powerofwe.publish.OutputSink;
import org.powerofwe.publish.RelativeLinks;
import org.powerofwe.publish.OutputTree;

/**
 * Builds the whole site once: loads it through a {@link BuildSession}, renders it into a staging
 * folder, and swaps that in place of the output only when there is no error. Without an output
 * folder it renders everything and keeps nothing (to report problems only).
 */
public final class SiteBuilder {

    private final Progress progress;
    private boolean relativeLinks;
    private boolean cleanUpLater;
    private boolean buildCache;

    public SiteBuilder() {
        this(Progress.NONE);
    }

    /** A builder that reports its stages and pages (the command line shows them on a terminal). */
    public SiteBuilder(Progress progress) {
        this.progress = progress;
    }

    /**
     * Writes the site's own links relative to each page, with {@code index.html} spelled out, so
     * the output works opened from the file system (the pull request's downloadable preview).
     */
    public SiteBuilder withRelativeLinks(boolean value) {
        this.relativeLinks = value;
        return this;
    }

    /**
     * Returns as soon as the new output is published, while the previous one is still being
     * removed; the caller waits for that with {@link OutputTree#awaitCleanups} (after printing the
     * summary), or a process that ends first leaves it to the next build.
     */
    public SiteBuilder withCleanupAfterReturn() {
        this.cleanUpLater = true;
        return this;
    }

    /**
     * Takes page bodies that did not change from {@code .cache/build/} and keeps the new ones there
     * for the next build (the command line's default; {@code --no-cache} turns it off).
     */
    public SiteBuilder withBuildCache(boolean value) {
        this.buildCache = value;
        return this;
    }

    public BuildResult build(BuildOptions options) {
        long start = System.nanoTime();
        ForkJoinPool pool = new ForkJoinPool(options.effectiveThreads());
        try {
            List<Problem> refusal = refusal(options);
            if (!refusal.isEmpty()) {
                return new BuildResult(refusal, Map.of(), Map.of(), 0, 0, elapsed(start), false);
            }
            BuildSession session = new BuildSession(options, pool).withProgress(progress).lean();
            if (buildCache) {
                session.withBuildCache();
            }
            // With the build cache, the build before last is kept and made into this one: the pages it
            // already links stay. It is taken before the content is read, so that it is listed meanwhile.
            OutputTree earlier = buildCache ? options.output().flatMap(SiteBuilder::earlierBuild).orElse(null) : null;
            try {
                if (!session.load()) {
                    return new BuildResult(session.problems(), Map.of(), Map.of(), 0, 0, elapsed(start), false, session.cacheStats());
                }
                if (options.output().isEmpty()) {
                    BuildSession.Outcome outcome = session.renderAll(OutputSink.DISCARD);
                    return new BuildResult(session.problems(), outcome.pagesPerLanguage(), outcome.fallbacksPerLanguage(), 0, 0, elapsed(start), false,
                            session.cacheStats());
                }
                OutputTree taken = earlier;
                earlier = null;
                return publish(session, options.output().get(), start, session::cacheStats, (out, outcome) -> { }, taken);
            } finally {
                if (earlier != null) { // not published (the content had errors): left as it was, for the next build
                    earlier.keepUnpublished();
                    closeQuietly(earlier);
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    /** The build before last of {@code output}, opened to be made into this one; empty when another build holds the output. */
    private static Optional<OutputTree> earlierBuild(Path output) {
        try {
            return Optional.of(OutputTree.openReusing(output));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty(); // built later into a new folder, or told why not
        }
    }

    private static void closeQuietly(OutputTree tree) {
        try {
            tree.close();
        } catch (IOException e) {
            // Only the lock is released here; the next build takes the folder again.
        }
    }

    /** Told of a build just published, before its result is returned. */
    @FunctionalInterface
    interface Published {
        void accept(OutputTree out, BuildSession.Outcome outcome) throws IOException;
    }

    /**
     * Renders the loaded {@code session} into a new build folder and swaps it in when there is no
     * error, then tells {@code published}; {@code cacheStats} tells, once the pages are rendered, what the build cache spared.
     */
    BuildResult publish(BuildSession session, Path output, long start, java.util.function.Supplier<org.powerofwe.build.cache.CacheStats> cacheStats,
            Published published) {
        return publish(session, output, start, cacheStats, published, null);
    }

    /**
     * The same; into {@code earlier} when given, the build before last ({@link OutputTree#openReusing}),
     * keeping the one it replaces for the next build. An earlier build that cannot be made into this
     * one (a file in it that cannot be removed) costs only the time: the site is built again into a
     * new folder, as without it.
     */
    private BuildResult publish(BuildSession session, Path output, long start, java.util.function.Supplier<org.powerofwe.build.cache.CacheStats> cacheStats,
            Published published, OutputTree earlier) {
        if (earlier != null) {
            try (OutputTree out = earlier) {
                return publishInto(out.keepPrevious(), session, start, cacheStats, published);
            } catch (IOException | UncheckedIOException e) {
                // Built below into a new folder; the next build removes what is left of this one.
            }
        }
        try (OutputTree out = OutputTree.open(output)) {
            return publishInto(out, session, start, cacheStats, published);
        } catch (IOException | UncheckedIOException e) {
            List<Problem> problems = new ArrayList<>(session.problems());
            problems.add(new Problem(SourcePos.file(output.toString()), Severity.ERROR, "cannot write the output folder: " + e.getMessage(),
                    "check that the folder can be written, and that the disk is not full"));
            return new BuildResult(problems, Map.of(), Map.of(), 0, 0, elapsed(start), false);
        }
    }

    private BuildResult publishInto(OutputTree out, BuildSession session, long start,
            java.util.function.Supplier<org.powerofwe.build.cache.CacheStats> cacheStats, Published published) throws IOException {
        if (cleanUpLater) {
            out.cleanUpLater();
        }
        OutputSink sink = relativeLinks ? new RelativeLinks(out, session.site().orElseThrow().config().basePath()) : out;
        BuildSession.Outcome outcome = session.renderAllWhileCacheIsWritten(sink);
        boolean done = false;
        try {
            // The page cache's index is written meanwhile.
            if (!session.hasErrors()) {
                progress.stage("Swapping in the new output");
                out.commit();
                published.accept(out, outcome);
                done = true;
            }
        } catch (IOException | RuntimeException | Error failure) {
            session.awaitCacheWritesAfter(failure); // the swap's failure is the one to tell
            throw failure;
        }
        session.awaitCacheWrites();
        progress.stage(done ? "Published" : "Not published");
        return new BuildResult(session.problems(), outcome.pagesPerLanguage(), outcome.fallbacksPerLanguage(), out.fileCount(), out.byteCount(),
                elapsed(start), done, cacheStats.get());
    }

    static List<Problem> refusal(BuildOptions options) {
        return options.output().flatMap(out -> OutputGuard.refusal(out, new ProjectLayout(options.source())))
                .map(reason -> List.of(new Problem(SourcePos.file(options.output().get().toString()), Severity.ERROR, reason,
                        "choose a new or empty folder for --output, such as public/")))
                .orElse(List.of());
    }

    static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
