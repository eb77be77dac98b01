package org.powerofwe.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import org.powerofwe.build.BuildOptions;
import org.powerofwe.build.BuildFailure;
import org.powerofwe.build.BuildSession;
import org.powerofwe.check.SiteCheck;
import org.powerofwe.diag.Problem;
import org.powerofwe.diag.Problems;
import org.powerofwe.i18n.TranslationMemory;
import org.powerofwe.i18n.TranslationStatus;
import org.powerofwe.model.Page;
import org.powerofwe.model.Site;
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
    /** The problems of the page checks ({@code site check}'s links, anchors, images, headings), per source file. */
    private final Map<String, List<Problem>> checked = new ConcurrentHashMap<>();
    /** The translation status warnings of {@code site check} (outdated, not yet translated...), per source file. */
    private final Map<String, List<Problem>> translationStatus = new ConcurrentHashMap<>();
    private volatile List<Problem> lastChecked = List.of();
    private volatile Map<String, String> fileOfPath = Map.of();
    /** The other way round: where the page of each source file is published (fallback copies aside). */
    private volatile Map<String, String> pathOfFile = Map.of();
    private volatile Set<String> draftUrls = Set.of();
    /** Whether the last build stopped half-way on an unexpected failure. */
    private volatile boolean crashed;
    /** Whether saves left files unwritten ({@link #deferPending}); the languages whose files they are, guarded by this. */
    private volatile boolean pending;
    private final Set<String> pendingLanguages = new java.util.LinkedHashSet<>();
    /** The files that work writes, noted the first time it runs after a full build (null until then). */
    private volatile Set<String> pendingFiles;

    public LiveSite(BuildOptions options, ForkJoinPool pool) {
        this.session = new BuildSession(options, pool).previewing().pdfsOnRequest();
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
            if (!outcome.incremental()) {
                forgetPending();
            }
            if (outcome.rendered() && !outcome.incremental()) {
                output.retainOnly(written);
            }
            finish(outcome, written);
            if (!outcome.incremental()) {
                checked.clear();
                translationStatus.clear();
                checkPages(null);
            } else {
                checkPages(changed.stream().map(p -> session.layout().display(p)).collect(java.util.stream.Collectors.toSet()));
            }
            return outcome;
        } catch (Throwable failure) {
            // A failure half-way leaves the session and the output part old, part new: show it,
            // and rebuild everything at the next save so the preview equals a clean build again.
            crash(failure, changed);
            return BuildSession.Outcome.failed(false);
        }
    }

    /** The warnings and check problems of the source file of the page at {@code outputFile} ({@code en/pledges/x/index.html}). */
    public List<Problem> problemsOf(String outputFile) {
        String path = outputFile.endsWith("index.html") ? outputFile.substring(0, outputFile.length() - "index.html".length()) : outputFile;
        String file = fileOfPath.get(path);
        if (file == null) {
            return List.of();
        }
        List<Problem> all = new ArrayList<>();
        problems.stream().filter(p -> p.pos().file().equals(file)).forEach(all::add);
        all.addAll(checked.getOrDefault(file, List.of()));
        all.addAll(translationStatus.getOrDefault(file, List.of()));
        all.sort(Problem.READING_ORDER);
        return all;
    }

    /** The addresses of the draft pages (marked in the preview's lists). */
    public Set<String> draftUrls() {
        return draftUrls;
    }

    /** Runs the page checks on the pages of the given source files (every page when null). */
    private void checkPages(Set<String> files) {
        Optional<Site> built = session.site();
        if (built.isEmpty() || broken) {
            return;
        }
        Site site = built.get();
        if (files == null) {
            // A save that is not rebuilt in full moves no page and changes no draft state (Page.structure).
            Map<String, String> paths = new HashMap<>();
            Map<String, String> published = new HashMap<>();
            site.pages().stream().filter(p -> !p.isFallback()).forEach(p -> {
                paths.put(p.path(), p.file());
                published.put(p.file(), p.path());
            });
            fileOfPath = paths;
            pathOfFile = published;
            String base = site.config().basePath();
            draftUrls = site.pages().stream().filter(Page::draft).map(p -> base + p.path()).collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
        List<Page> pages = files == null ? site.pages().stream().filter(p -> !p.isFallback()).toList()
                : files.stream().map(pathOfFile::get).filter(java.util.Objects::nonNull).sorted().map(site::pageAt).flatMap(Optional::stream).toList();
        Problems found = new Problems();
        new SiteCheck(site, output, session::body).checkPages(pages, found);
        pages.forEach(p -> checked.remove(p.file()));
        found.sorted().forEach(p -> checked.computeIfAbsent(p.pos().file(), f -> new ArrayList<>()).add(p));
        lastChecked = List.copyOf(found.sorted());
        checkTranslationStatus(site, pages);
    }

    /**
     * The translation warnings {@code site check} gives on a translation (outdated, with the commands
     * that show what changed and mark it current; its source revision not recorded or not stored),
     * for the pages checked and their other language versions, shown in the banner of the translation.
     */
    private void checkTranslationStatus(Site site, List<Page> pages) {
        Set<org.powerofwe.model.PageKey> keys = new java.util.HashSet<>();
        pages.forEach(p -> keys.add(p.key()));
        List<Page> versions = keys.stream().flatMap(key -> site.translations(key).stream()).toList();
        Problems found = new Problems();
        SiteCheck.translations(TranslationStatus.of(site.config(), versions), TranslationMemory.of(session.layout()), found);
        versions.forEach(p -> translationStatus.remove(p.file()));
        // Only what concerns a translation's own file: "not yet translated" on every new English
        // page would be noise while its translations are still to be written.
        Set<String> translations = new java.util.HashSet<>();
        versions.stream().filter(p -> !p.lang().equals(site.config().defaultLanguage())).forEach(p -> translations.add(p.file()));
        found.sorted().stream().filter(p -> translations.contains(p.pos().file()))
                .forEach(p -> translationStatus.computeIfAbsent(p.pos().file(), f -> new ArrayList<>()).add(p));
    }

    /** The page-check problems (anchors, alt text, heading order) of the pages checked by the last build or save, for the log. */
    public List<Problem> lastChecked() {
        return broken ? List.of() : lastChecked;
    }

    /** The report PDF at {@code path}, made now from the current content (a save never waits for it). */
    public synchronized Optional<byte[]> reportPdf(String path) {
        Optional<byte[]> pdf = broken ? Optional.empty() : session.reportPdf(path);
        problems = session.problems();
        return pdf;
    }

    /**
     * Leaves what an update did not write (the language chooser, 404 and translation-status pages,
     * which list every page, and the search index, feed and export of the languages it touched)
     * until one of those files is asked for ({@link #read}). On a site of 10,000 pages that work
     * took 50 to 300 ms and allocated about 120 MB per save: done after every save, it held up the
     * next one, and with the site's 670 MB held in a 1 GiB heap most saves paid a full garbage
     * collection (150 to 300 ms). Most saves are never followed by a look at those files.
     */
    public synchronized void deferPending(BuildSession.Outcome outcome) {
        if (!outcome.rendered() || !outcome.incremental() || crashed) {
            return; // a full build wrote everything
        }
        if (pendingFiles == null) {
            // Which files the work writes is learnt by doing it once, for every language.
            Set<String> written = ConcurrentHashMap.newKeySet();
            writeLanguageFiles(Set.copyOf(session.site().map(s -> s.config().languageCodes()).orElse(List.of())), recording(written));
            pendingFiles = Set.copyOf(written);
            return;
        }
        pendingLanguages.addAll(outcome.pendingLanguages());
        pending = true;
    }

    /** A file of the site as the preview serves it: one a save left unwritten is written first. */
    public Optional<byte[]> read(String path) {
        Set<String> deferred = pendingFiles;
        if (pending && deferred != null && deferred.contains(path)) {
            writePending();
        }
        return output.read(path);
    }

    private synchronized void writePending() {
        if (pending) {
            Set<String> languages = Set.copyOf(pendingLanguages);
            pending = false;
            pendingLanguages.clear();
            writeLanguageFiles(languages, output);
        }
    }

    /** After a full build, which writes every file, nothing is left to write. */
    private void forgetPending() {
        pending = false;
        pendingLanguages.clear();
        pendingFiles = null;
    }

    private void writeLanguageFiles(Set<String> languages, OutputSink out) {
        if (crashed) {
            return;
        }
        try {
            session.writeLanguageFiles(languages, out);
        } catch (Throwable failure) {
            crash(failure, Set.of());
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
