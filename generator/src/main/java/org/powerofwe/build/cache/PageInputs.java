package org.powerofwe.build.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.powerofwe.i18n.TranslationStatus;
import org.powerofwe.images.ImageLibrary;
import org.powerofwe.model.Page;
import org.powerofwe.model.Site;
import org.powerofwe.render.CoverImages;
import org.powerofwe.render.DependencyRecorder;

/**
 * What a rendered page depends on, as digests a {@link PageCache} entry is kept under and checked
 * against. Three parts:
 * <ul>
 * <li>the skeleton, the same for every page of a build: generator, configuration, theme files,
 * figures, and the address, order fields and title of every page (a title can move a page in any
 * list, so a changed title renders every page again);</li>
 * <li>a page's own inputs: its source and body, its cover image and translation state, and the
 * same of its versions in the other languages (the language switcher and the notice on an
 * outdated translation show them);</li>
 * <li>what the page showed of other pages, checked one by one when the entry is read: for a page
 * it listed or linked, the same digest as for its own inputs; for a page whose text it showed,
 * its body's identity.</li>
 * </ul>
 * A value that cannot be known (a body that was not kept, a report's PDF still being laid out) is
 * empty, and a page that depends on one is rendered and not kept.
 */
public final class PageInputs {

    private final String skeleton;
    private final Site site;
    private final Map<String, String> bodies;
    private final ImageLibrary images;
    private final TranslationStatus status;
    private final java.util.function.Function<Page, Optional<String>> downloads;
    private final Map<String, Optional<String>> pageValues = new ConcurrentHashMap<>();

    /**
     * @param bodies the identity of each page's body by published path ({@link BodyCache.Slot#identity})
     * @param images the build's images, for covers (null when covers are not published)
     * @param downloads what pages show of a report's PDF, given its cover page; empty until it is laid out
     */
    public PageInputs(String skeleton, Site site, Map<String, String> bodies, ImageLibrary images, TranslationStatus status,
            java.util.function.Function<Page, Optional<String>> downloads) {
        this.downloads = downloads;
        this.skeleton = skeleton;
        this.site = site;
        this.bodies = bodies;
        this.images = images;
        this.status = status;
    }

    /**
     * The digest of what every page of the build depends on: {@code configuration} (the body cache's
     * {@link BodyCache#context}: generator, configuration, interface words, glossaries), every file
     * of the theme, the published theme assets' addresses, the content files published as they are,
     * the figures, and each page's address, structure, title and whether it stands in for a
     * missing translation. Empty when a template shows the time of the build (FreeMarker's
     * {@code .now}, as in a footer's "© 2026"): no page of such a theme is ever the same twice, and
     * a page copied from the cache would show the time of the build that rendered it.
     */
    public static Optional<String> skeleton(String configuration, Path themeDir, Map<String, String> themeAssetUrls, Collection<String> contentAssets,
            Site site) throws IOException {
        Fingerprint f = Fingerprint.start().add("skeleton").add(configuration);
        List<Path> themeFiles;
        try (Stream<Path> walk = Files.walk(themeDir)) {
            themeFiles = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : themeFiles) {
            byte[] bytes = Files.readAllBytes(file);
            if (file.getFileName().toString().matches(".*\\.ftlh?") && BUILD_TIME.matcher(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).find()) {
                return Optional.empty();
            }
            f.add(themeDir.relativize(file).toString().replace('\\', '/')).add(bytes);
        }
        f.add(themeAssetUrls).add(contentAssets.stream().sorted().toList()).add(List.copyOf(site.metrics()));
        for (Page page : site.pages()) {
            f.add(page.path()).add(page.structure().toString()).add(page.title()).add(page.isFallback());
        }
        return Optional.of(f.hex());
    }

    /** FreeMarker's special variable of the current time ({@code ${.now}}), not a value's {@code x.now}. */
    private static final java.util.regex.Pattern BUILD_TIME = java.util.regex.Pattern.compile("(?<![\\w)\\]])\\.now(?![\\w])");

    String skeleton() {
        return skeleton;
    }

    /**
     * The own inputs of the page published at {@code path}: its value and that of each of its
     * versions; empty when one is unknown.
     */
    Optional<String> ownInputs(String path) {
        Optional<Page> page = site.pageAt(path);
        if (page.isEmpty()) {
            return Optional.empty();
        }
        Fingerprint f = Fingerprint.start();
        Optional<String> own = pageValue(path);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        f.add(own.get());
        for (Page version : site.versions(page.get().key())) {
            Optional<String> value = pageValue(version.path());
            if (value.isEmpty()) {
                return Optional.empty();
            }
            f.add(version.path()).add(value.get());
        }
        return Optional.of(f.hex());
    }

    /**
     * The digest of what a page can show of the page named by {@code read}, a path as the
     * {@link DependencyRecorder} notes it: a page's address (anything of it), {@link
     * DependencyRecorder#BODY} and an address (its text), or {@link DependencyRecorder#DOWNLOAD} and a
     * report's address (its PDF's address and size).
     */
    Optional<String> shown(String read) {
        if (read.startsWith(DependencyRecorder.BODY)) {
            return Optional.ofNullable(bodies.get(read.substring(DependencyRecorder.BODY.length())));
        }
        if (read.startsWith(DependencyRecorder.DOWNLOAD)) {
            return site.pageAt(read.substring(DependencyRecorder.DOWNLOAD.length())).flatMap(downloads);
        }
        return pageValue(read);
    }

    /** Everything of one page another page can show: its source and body, its cover's published versions, its translation state. */
    private Optional<String> pageValue(String path) {
        Optional<String> known = pageValues.get(path);
        if (known != null) {
            return known;
        }
        Optional<String> value = site.pageAt(path).flatMap(page -> Optional.ofNullable(bodies.get(path)).map(body -> {
            Fingerprint f = Fingerprint.start().add(body).add(page.title());
            page.cover().ifPresent(cover -> f.add(CoverImages.contentPath(page, cover).filter(p -> images != null).map(p -> Answers.image(Optional.of(images.image(p))))));
            f.add(status.entry(page.key(), page.lang()).map(TranslationStatus.Entry::toString));
            return f.hex();
        }));
        pageValues.put(path, value);
        return value;
    }
}
