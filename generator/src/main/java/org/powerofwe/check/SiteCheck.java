package org.powerofwe.check;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.i18n.TranslationMemory;
import org.powerofwe.i18n.TranslationStatus;
import org.powerofwe.markdown.HeadingFact;
import org.powerofwe.markdown.LinkFact;
import org.powerofwe.markdown.RenderedMarkdown;
import org.powerofwe.model.Page;
import org.powerofwe.model.Site;
import org.powerofwe.publish.MemoryOutput;

/**
 * The checks of {@code site check} that go beyond a build. Links written in content are reported
 * at their line; links the theme adds are reported once per missing target, at the first page
 * that shows them.
 */
public final class SiteCheck {

    /** What was checked, for the summary. */
    public record Counts(int pages, int links, int anchors) {
    }

    private final Site site;
    private final MemoryOutput output;
    private final Function<String, Optional<RenderedMarkdown>> bodies;
    private final String basePath;
    private final Map<String, Set<String>> idsByFile = new HashMap<>();
    private final Map<String, Set<String>> headingIds = new HashMap<>();
    private int links;
    private int anchors;

    public SiteCheck(Site site, MemoryOutput output, Function<String, Optional<RenderedMarkdown>> bodies) {
        this.site = site;
        this.output = output;
        this.bodies = bodies;
        this.basePath = site.config().basePath();
    }

    public Counts run(Problems problems) {
        Set<String> reportedThemeTargets = new HashSet<>();
        for (Page page : site.pages()) {
            Optional<RenderedMarkdown> body = bodies.apply(page.path());
            if (page.isFallback() || body.isEmpty()) {
                continue;
            }
            contentLinks(page, body.get(), problems);
            headings(page, body.get(), problems);
        }
        for (Page page : site.pages()) {
            themeLinks(page, reportedThemeTargets, problems);
        }
        return new Counts((int) site.pages().stream().filter(p -> !p.isFallback()).count(), links, anchors);
    }

    /** The checks of the content of the given pages only (links, anchors, images, headings): the preview runs them on each saved page. */
    public void checkPages(java.util.Collection<Page> pages, Problems problems) {
        for (Page page : pages) {
            Optional<RenderedMarkdown> body = bodies.apply(page.path());
            if (!page.isFallback() && body.isPresent()) {
                contentLinks(page, body.get(), problems);
                headings(page, body.get(), problems);
            }
        }
    }

    /**
     * Translations that are missing or outdated, as warnings at the translation's file, and
     * translations whose recorded source text is not stored (then {@code site translations --diff}
     * cannot show what changed, for instance on a fresh clone when the stored text was not committed).
     */
    public static void translations(TranslationStatus status, TranslationMemory memory, Problems problems) {
        for (TranslationStatus.LanguageStatus language : status.languages()) {
            for (TranslationStatus.Entry entry : language.entries()) {
                entry.recorded().filter(revision -> !memory.has(revision)).ifPresent(revision -> problems.warning(SourcePos.file(entry.file()),
                        "the " + status.sourceLanguage() + " text of revision " + revision + ", which this translation records, is not stored in content/.translation-sources/",
                        entry.state() == TranslationStatus.State.CURRENT
                                ? "run ./site translations --mark " + entry.lang() + " " + entry.key() + " to store it, then commit content/"
                                : "./site translations --diff cannot show what changed; compare with git log -p " + entry.sourceFile()
                                        + ", update the translation, then run ./site translations --mark " + entry.lang() + " " + entry.key()));
                switch (entry.state()) {
                    case MISSING -> problems.warning(SourcePos.file(entry.sourceFile()), "not yet translated into " + language.name()
                            + " (readers see this page's text instead)", "create " + entry.file());
                    case OUTDATED -> problems.warning(SourcePos.file(entry.file()), "this translation is outdated: " + entry.sourceFile() + " changed since",
                            "update the translation (./site translations --diff shows what changed), then run ./site translations --mark "
                                    + entry.lang() + " " + entry.key());
                    case UNRECORDED -> problems.warning(SourcePos.file(entry.file()), "this translation does not record which version of "
                            + entry.sourceFile() + " it was made from", "once it matches the source, run ./site translations --mark " + entry.lang() + " " + entry.key());
                    default -> { }
                }
            }
        }
    }

    private void contentLinks(Page page, RenderedMarkdown body, Problems problems) {
        for (LinkFact link : body.links()) {
            if (link.image() && link.alt().isEmpty()) {
                problems.error(link.pos(), "this image has no text alternative",
                        "describe what the image shows between the brackets: ![Delegates at the World Council](...)");
            }
            // A link to an anchor of the same page (#dialogue) is checked against this page.
            String url = link.url().startsWith("#") && link.url().length() > 1 ? basePath + page.path() + link.url() : link.url();
            target(url).ifPresent(target -> {
                links++;
                if (!output.contains(target.file())) {
                    problems.error(link.pos(), "link to " + link.url() + ", which is not a page of the site", "check the address");
                } else if (target.anchor() != null) {
                    anchors++;
                    if (!ids(target.file()).contains(target.anchor())) {
                        problems.error(link.pos(), "link to #" + target.anchor() + ", which is not a heading or anchor of "
                                        + (link.url().startsWith("#") ? "this page" : link.url().replaceAll("#.*$", "")),
                                suggest(target));
                    }
                }
            });
        }
    }

    /** The anchors of the target page's own text closest to what was written (never the theme's ids). */
    private String suggest(Target target) {
        Set<String> ids = headingIds.computeIfAbsent(target.file(), f -> output.read(f).map(bytes -> {
            Set<String> found = new LinkedHashSet<>();
            Document document = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
            document.select(".prose h2[id], .prose h3[id], .prose h4[id], .prose h5[id], .prose h6[id]").forEach(e -> found.add(e.id()));
            return found;
        }).orElse(Set.of()));
        if (ids.isEmpty()) {
            return "that page's text has no headings to link to; link to the page without #" + target.anchor();
        }
        // An anchor that contains what was written (#gold-vi for "GOLD VI: co-creating ...") comes first.
        java.util.List<String> containing = ids.stream().filter(id -> id.contains(target.anchor())).limit(3).toList();
        java.util.List<String> nearest = containing.isEmpty() ? org.powerofwe.diag.Suggestions.nearest(target.anchor(), ids, 3) : containing;
        return (nearest.size() == 1 ? "the page's heading anchor is " : "the page's closest heading anchors are ")
                + String.join(", ", nearest.stream().map(id -> "#" + id).toList())
                + " (a heading's words in lower case without accents, joined by -)";
    }

    private void headings(Page page, RenderedMarkdown body, Problems problems) {
        int previous = 1;
        for (HeadingFact heading : body.headings()) {
            if (heading.level() == 1) {
                problems.error(heading.pos(), "a heading of level 1 (#): the page title is the only top-level heading",
                        "start the page's sections at ## and go down one level at a time");
            } else if (heading.level() > previous + 1) {
                problems.error(heading.pos(), "heading of level " + heading.level() + " after level " + previous + ": a level is skipped",
                        "use " + "#".repeat(previous + 1) + " here, so screen-reader users can follow the page's outline");
            }
            previous = Math.max(heading.level(), 1);
        }
    }

    private void themeLinks(Page page, Set<String> reported, Problems problems) {
        Optional<byte[]> html = output.read(page.path() + "index.html");
        if (html.isEmpty()) {
            return;
        }
        Document document = Jsoup.parse(new String(html.get(), StandardCharsets.UTF_8));
        Set<String> ownIds = new HashSet<>(document.select("[id]").eachAttr("id"));
        for (Element element : document.select("a[href], link[href], script[src], img[src]")) {
            if (!element.parents().select(".prose").isEmpty()) {
                continue;
            }
            String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            if (url.startsWith("#") && url.length() > 1 && !ownIds.contains(url.substring(1)) && reported.add(page.path() + url)) {
                problems.error(page.pos(), "the theme links to " + url + " on this page, but nothing has that id",
                        "check the template that writes this link (themes/" + site.config().theme() + "/layouts/)");
            }
            target(url).filter(t -> !output.contains(t.file())).ifPresent(t -> {
                if (reported.add(t.file())) {
                    problems.error(page.pos(), "the theme links to " + url + ", which is not published",
                            "check the template that writes this link (themes/" + site.config().theme() + "/layouts/)");
                }
            });
        }
    }

    private Set<String> ids(String file) {
        return idsByFile.computeIfAbsent(file, f -> output.read(f)
                .map(bytes -> {
                    Set<String> ids = new LinkedHashSet<>();
                    Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)).select("[id]").forEach(e -> ids.add(e.id()));
                    return ids;
                }).orElse(Set.of()));
    }

    private record Target(String file, String anchor) {
    }

    /** The output file (and anchor) an internal URL leads to; empty for external links. */
    private Optional<Target> target(String url) {
        if (!url.startsWith(basePath) || url.startsWith("//")) {
            return Optional.empty();
        }
        String rest = url.substring(basePath.length());
        String anchor = null;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            anchor = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
        }
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        String file = rest.isEmpty() || rest.endsWith("/") ? rest + "index.html" : rest;
        return Optional.of(new Target(file, anchor == null || anchor.isEmpty() ? null : anchor));
    }

    /** Counts of what a check looked at, printed at the end. */
    public static String summary(Counts counts) {
        return String.format(java.util.Locale.ROOT, "Checked %d pages, %d internal links and %d anchors", counts.pages(), counts.links(), counts.anchors());
    }
}
