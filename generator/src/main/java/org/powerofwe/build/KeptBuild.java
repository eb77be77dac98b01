package org.powerofwe.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.powerofwe.build.cache.CacheStats;
import org.powerofwe.config.ProjectLayout;
import org.powerofwe.diag.Problem;
import org.powerofwe.publish.OutputSink;
import org.powerofwe.publish.OutputTree;
import org.powerofwe.publish.PendingOutput;
import org.powerofwe.publish.PublishedFiles;
import org.powerofwe.publish.RelativeLinks;

/**
 * The running generator's builds: the site of its last build stays loaded, and the next build of
 * the same options redoes only what the files changed since affect, as the preview does after a
 * save. Two build folders take turns: the published one, and a spare that equals it but for the
 * files the last build changed (after a whole build, a copy made of hard links while the generator
 * waits). The spare is brought up to date (the new files written, the files the two differ by
 * linked from the published one, every other file checked untouched) and swapped in as a whole
 * build's folder would be. The output is byte for byte a new process's: whenever that cannot be
 * told (the configuration, theme, figures or a list's order changed, a page was added or removed,
 * a report's PDF is affected, the output was touched by hand, the last build failed, no spare),
 * the build is a whole one, from the build cache.
 */
final class KeptBuild {

    /** What a build is of: a build of other options starts from nothing. */
    record Key(BuildOptions options, boolean relativeLinks, boolean buildCache) {
    }

    private final Key key;
    private final ForkJoinPool pool;
    private final BuildSession session;
    /** The source files' stamps taken before the build that made {@link #published}. */
    private SourceStamps sources;
    /** What the last build published; null when it failed or nothing was published since. */
    private PublishedFiles published;
    /**
     * The build {@link #published} replaced, kept by a partial build for the next one to reuse
     * (null after a whole build), and the files where the two differ.
     */
    private PublishedFiles spare;
    private Set<String> spareDiffers = Set.of();
    /** The spare being made after a whole build (see {@link #makeSpare}); null when none is. */
    private Future<Optional<PublishedFiles>> spareBeingMade;
    /** Makes spares while the generator waits for a command. */
    private final ExecutorService spareMaker;
    private Map<String, Integer> pagesPerLanguage = Map.of();
    private Map<String, Integer> fallbacksPerLanguage = Map.of();

    KeptBuild(Key key, ExecutorService spareMaker) {
        this.key = key;
        this.spareMaker = spareMaker;
        this.pool = new ForkJoinPool(key.options().effectiveThreads());
        this.session = new BuildSession(key.options(), pool);
        if (key.buildCache()) {
            session.withBuildCache();
        }
    }

    /** What a build is of: a build of other options starts from nothing. */
    static Key keyOf(BuildOptions options, boolean relativeLinks, boolean buildCache) {
        Path output = options.output().orElseThrow().toAbsolutePath().normalize();
        BuildOptions normalized = new BuildOptions(options.source().toAbsolutePath().normalize(), Optional.of(output), options.drafts(),
                options.baseUrl(), options.threads());
        return new Key(normalized, relativeLinks, buildCache);
    }

    /** Whether this is the kept build of {@code key}'s options. */
    boolean isOf(Key key) {
        return this.key.equals(key);
    }

    /** Lets go of the loaded site and threads (once the spare being made, which writes files, is done). */
    void close() {
        awaitSpare();
        pool.shutdown();
    }

    /** Builds into the output: from the previous build where it can, whole otherwise. */
    BuildResult run(BuildOptions options, Progress progress) {
        long start = System.nanoTime();
        awaitSpare();
        List<Problem> refusal = SiteBuilder.refusal(options);
        if (!refusal.isEmpty()) {
            return new BuildResult(refusal, Map.of(), Map.of(), 0, 0, SiteBuilder.elapsed(start), false);
        }
        session.withProgress(progress);
        CacheStats before = session.cacheStats();
        SourceStamps now = stamps().orElse(null); // unreadable: a whole build says what cannot be read
        if (now != null && sources != null && published != null && published.complete() && spare != null && spare.complete()
                && Files.isDirectory(spare.folder())) {
            Optional<BuildResult> partial = partial(now.changedSince(sources), now, progress, start, before);
            if (partial.isPresent()) {
                return partial.get();
            }
        }
        return whole(now, progress, start, before);
    }

    private Optional<SourceStamps> stamps() {
        try {
            return Optional.of(SourceStamps.take(session.layout()));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private BuildResult whole(SourceStamps now, Progress progress, long start, CacheStats before) {
        sources = null;
        published = null;
        spare = null; // removed by the whole build, which keeps no earlier build
        if (!session.load()) {
            return new BuildResult(session.problems(), Map.of(), Map.of(), 0, 0, SiteBuilder.elapsed(start), false,
                    session.cacheStats().since(before));
        }
        SiteBuilder builder = new SiteBuilder(progress).withRelativeLinks(key.relativeLinks()).withCleanupAfterReturn();
        Path output = key.options().output().orElseThrow();
        return builder.publish(session, output, start, () -> session.cacheStats().since(before), (out, outcome) -> {
            pagesPerLanguage = outcome.pagesPerLanguage();
            fallbacksPerLanguage = outcome.fallbacksPerLanguage();
            published = PublishedFiles.of(out.stagingDir(), out.files(), out.copySources());
            sources = now;
            PublishedFiles copied = published;
            spareBeingMade = spareMaker.submit(() -> makeSpare(copied));
        });
    }

    /**
     * Links every file of the build just published into a new folder, kept unpublished, while the
     * generator waits for its next command: that build then rewrites only what changed instead of
     * linking thousands of files itself. Without the output's lock, so builds of other processes are
     * never kept waiting (they may remove the folder). Empty when a file was changed meanwhile, or
     * on failure.
     */
    private Optional<PublishedFiles> makeSpare(PublishedFiles from) {
        try (OutputTree out = OutputTree.spare(key.options().output().orElseThrow())) {
            if (!out.previousBuild().map(from.folder()::equals).orElse(false)) {
                return Optional.empty();
            }
            if (!eachIntact(from, from.paths(), out)) {
                return Optional.empty();
            }
            out.keepUnpublished();
            // The same files (hard links), so the same stamps: a change to one shows in both.
            return Optional.of(PublishedFiles.of(out.stagingDir(), from.paths(), from.copies()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the next build links the files itself
        }
    }

    /** Waits for the spare build {@link #makeSpare} is making, and takes it. */
    private void awaitSpare() {
        if (spareBeingMade == null) {
            return;
        }
        try {
            spareBeingMade.get().ifPresent(made -> {
                spare = made;
                spareDiffers = Set.of();
            });
        } catch (ExecutionException e) {
            spare = null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            spare = null;
        } finally {
            spareBeingMade = null;
        }
    }

    /**
     * Redoes what {@code changed} files affect, and carries the rest over from the published
     * build; empty when only a whole build can give the same output.
     */
    private Optional<BuildResult> partial(Set<Path> changed, SourceStamps now, Progress progress, long start, CacheStats before) {
        PendingOutput pending = new PendingOutput();
        int rendered = 0;
        if (!changed.isEmpty()) {
            progress.stage("Rendering what changed");
            OutputSink sink = key.relativeLinks() ? new RelativeLinks(pending, session.site().orElseThrow().config().basePath()) : pending;
            Optional<BuildSession.Outcome> outcome = session.tryUpdate(changed, sink);
            if (outcome.isEmpty() || !outcome.get().rendered()) {
                return Optional.empty(); // errors are reported by a whole build, as a new process reports them
            }
            session.writeLanguageFiles(outcome.get().pendingLanguages(), sink);
            if (session.hasErrors()) {
                return Optional.empty();
            }
            rendered = outcome.get().pagesRendered();
        }
        progress.stage("Swapping in the new output");
        Path output = key.options().output().orElseThrow();
        if (!Files.isDirectory(spare.folder()) || pointsAt(output, spare.folder())) {
            // Removed by hand or by a build of another process, or put back online by hand (a
            // rollback): it is no spare any more, and the build turns out whole.
            spare = null;
            return Optional.empty();
        }
        try (OutputTree out = OutputTree.reuse(output, spare.folder())) {
            out.cleanUpLater().keepPrevious();
            if (!out.previousBuild().map(published.folder()::equals).orElse(false)) {
                return Optional.empty(); // another build was published since (a new process's)
            }
            Optional<Set<String>> written = bringUpToDate(pending, out);
            if (written.isEmpty()) {
                return Optional.empty(); // a file was changed by hand: a whole build writes every file again
            }
            out.commit();
            Set<String> paths = new HashSet<>(published.paths());
            paths.addAll(pending.paths());
            Map<String, Path> copies = new HashMap<>(published.copies());
            pending.paths().forEach(path -> pending.copySource(path).ifPresentOrElse(source -> copies.put(path, source), () -> copies.remove(path)));
            PublishedFiles previous = published;
            published = PublishedFiles.of(out.stagingDir(), paths, copies);
            // The build just replaced is kept for the next one, which rewrites only where they differ.
            spare = previous;
            spareDiffers = written.get();
            sources = now;
            progress.stage("Published");
            return Optional.of(new BuildResult(session.problems(), pagesPerLanguage, fallbacksPerLanguage, published.paths().size(),
                    published.paths().stream().mapToLong(published::size).sum(), SiteBuilder.elapsed(start), true,
                    session.cacheStats().since(before), Optional.of(new BuildResult.Partial(changed.size(), rendered, paths.size() - written.get().size()))));
        } catch (IOException | UncheckedIOException e) {
            // The kept builds may meet what a new process would not (a disk without hard links,
            // a kept file changed by hand): a whole build meets only what it would, and says so.
            published = null;
            spare = null;
            return Optional.empty();
        }
    }

    /** Whether {@code output} leads to {@code folder} (false when either cannot be followed). */
    private static boolean pointsAt(Path output, Path folder) {
        try {
            return output.toRealPath().equals(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Makes the kept earlier build ({@link #spare}) equal to the published one plus what {@code
     * pending} holds: writes the new files, links from the published build the files the two
     * differed by, and checks every other file of the spare is untouched. Returns the paths
     * written from {@code pending}, or empty when a file was changed by hand since.
     */
    private Optional<Set<String>> bringUpToDate(PendingOutput pending, OutputTree out) throws IOException {
        Set<String> written = new HashSet<>();
        Set<String> fromPublished = new HashSet<>(spareDiffers);
        for (String path : pending.paths()) {
            Optional<Path> copied = pending.copySource(path);
            if (copied.isPresent() && copied.equals(published.copiedFrom(path))) {
                continue; // the same file as the published one: linked from it if the spare's differs
            }
            written.add(path);
            fromPublished.remove(path);
        }
        if (!published.paths().containsAll(fromPublished) || !spare.paths().containsAll(published.paths())
                || !published.paths().containsAll(spare.paths())) {
            return Optional.empty();
        }
        Set<String> untouched = complement(complement(spare.paths(), written), fromPublished);
        if (!eachIntact(spare, untouched, null) || !eachIntact(published, fromPublished, out)) {
            return Optional.empty();
        }
        pending.writeInto(out, complement(pending.paths(), written));
        return Optional.of(written);
    }

    /**
     * Checks, in parallel, that each of {@code paths} is still the file {@code files} recorded and,
     * when {@code into} is given, links it from there into {@code into}; false as soon as one was
     * changed by hand.
     */
    private boolean eachIntact(PublishedFiles files, Set<String> paths, OutputTree into) {
        AtomicBoolean intact = new AtomicBoolean(true);
        pool.submit(() -> paths.parallelStream().forEach(path -> {
            try {
                if (!intact.get()) {
                    return;
                }
                if (!files.intact(path)) {
                    intact.set(false);
                } else if (into != null) {
                    into.link(files.folder().resolve(path), path, files.size(path));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        })).join();
        return intact.get();
    }

    private static Set<String> complement(Set<String> all, Set<String> kept) {
        Set<String> rest = new HashSet<>(all);
        rest.removeAll(kept);
        return rest;
    }
}
