package org.powerofwe.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.diag.Problem;
import org.powerofwe.testing.PhotoSite;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;
import org.powerofwe.testing.TreeSnapshot;

/**
 * The running generator finishes a build from its previous one after an edit, and staff must not
 * be able to tell: after each edit of a sequence, what it publishes (every file, byte for byte),
 * the problems it reports and the summary's figures equal those of a new process building the same
 * files from nothing. Each step also says which way the build went, so that a change that makes
 * every build a whole one (or a partial one where it cannot be exact) is noticed.
 */
class KeptBuildTest {

    @TempDir
    Path dir;

    /** What the running generator keeps between commands: one per test. */
    private final KeptBuilds keptBuilds = new KeptBuilds();

    private TestSite site;
    private int step;
    private boolean relativeLinks;
    private boolean drafts;
    private java.net.URI baseUrl;

    @Test
    void everyBuildPublishesWhatANewProcessWouldWhateverWasEdited() throws IOException {
        site = PhotoSite.write(dir).add(FIXTURE);

        build("the first build", Way.WHOLE);
        build("nothing changed", Way.PARTIAL);
        edit("content/pledges/p2.en.md", text -> text + "\nA new paragraph about pledge two.\n");
        build("the text of a page", Way.PARTIAL);
        edit("content/pledges/p1.en.md", text -> text.replace("title: Pledge 1", "title: Pledge one, renamed"));
        build("the title of a page that has an old address, a translation and a place in lists", Way.PARTIAL);
        edit("content/pledges/p3.en.md", text -> text.replace("---\nThe pledge", "summary: A short summary.\n---\nThe pledge"));
        build("a summary shown in the list of pledges", Way.PARTIAL);
        edit("content/pledges/p1.fr.md", text -> text + "\nUn paragraphe de plus.\n");
        build("a translation's text", Way.PARTIAL);
        tamper("en/pact/government/index.html");
        edit("content/pledges/p2.en.md", text -> text + "\nA second paragraph.\n");
        build("a published file changed by hand while the build before it is kept for reuse", Way.WHOLE);
        edit("content/pledges/p2.en.md", text -> text + "\nA third paragraph.\n");
        build("the first edit after a whole build (into the spare made while the generator waited)", Way.PARTIAL);
        edit("content/pledges/p2.en.md", text -> text + "\nA fourth paragraph.\n");
        build("the next edit (the build before it brought up to date)", Way.PARTIAL);
        edit("content/pledges/p3.en.md", text -> text + "\nAnother page edited.\n");
        build("an edit of another page (files the two kept builds differ by are linked)", Way.PARTIAL);
        edit("content/pledges/p2.en.md", text -> text + "\n![A small photo](../news/small.png)\n");
        build("a photo added to a page (its files are published)", Way.WHOLE);
        edit("content/pledges/p2.en.md", text -> text.replace("\n![A small photo](../news/small.png)\n", ""));
        build("the photo taken out again (its files are no longer published)", Way.WHOLE);
        edit("content/news/gathering.en.md", text -> text.replace("The end of the story.", "The end of the story, told again."));
        build("the text of a page with photos", Way.PARTIAL);
        edit("content/report/2021/c1.en.md", text -> text + "\nMore of the chapter.\n");
        build("a report chapter (its PDF is made again)", Way.WHOLE);
        edit("site-config.yml", text -> text + "# a comment\n");
        build("the configuration", Way.WHOLE);
        site.writeFile("content/news/added.en.md", "---\ntitle: Added news\ndate: 2022-11-01\n---\nNew.\n");
        build("a page added", Way.WHOLE);
        site.delete("content/news/added.en.md");
        build("a page deleted", Way.WHOLE);

        tamper("en/pledges/p3/index.html");
        edit("content/pledges/p2.en.md", text -> text + "\nAnd one more.\n");
        build("a published file changed by hand (it must not be carried over)", Way.WHOLE);

        assertFalse(new SiteBuilder().build(BuildOptions.of(site.root(), site.output())).hasErrors());
        edit("content/pledges/p2.en.md", text -> text + "\nAnd another.\n");
        build("after a build by another process", Way.WHOLE);

        edit("content/pledges/p3.en.md", text -> text.replace("title: Pledge 3", "title: [broken"));
        build("a page with an error (nothing published)", Way.WHOLE);
        edit("content/pledges/p3.en.md", text -> text.replace("title: [broken", "title: Pledge 3"));
        build("the error fixed", Way.WHOLE);
        edit("content/pledges/p3.en.md", text -> text + "\nFixed and edited.\n");
        build("an edit after the error", Way.PARTIAL);
    }

    /**
     * A content folder that is a link to a checkout of its own (the content kept in another
     * repository): staff edit the pages through it, and the next build must show the edit.
     */
    @Test
    void editsInAContentFolderThatIsALinkArePublished() throws IOException {
        site = TestSite.write(dir, Sites.minimal(FIXTURE));
        Path elsewhere = dir.resolve("content-checkout");
        Files.move(site.root().resolve("content"), elsewhere);
        linkMadeLongAgo(site.root().resolve("content"), elsewhere);

        build("the first build", Way.WHOLE);
        edit("content/pledges/p2.en.md", text -> text + "\nA new paragraph about pledge two.\n");
        build("the text of a page, edited through the link", Way.PARTIAL);
    }

    /** A page that is a link to another page file in content/ shows that file's edits too. */
    @Test
    void aPageThatIsALinkToAnotherFileShowsItsEdits() throws IOException {
        site = TestSite.write(dir, Sites.minimal(FIXTURE + """
                -- content/about/_index.en.md --
                ---
                title: About
                ---
                -- content/about/legal.en.md --
                ---
                title: Legal notice
                ---
                Who publishes the site.
                """));
        edit("site-config.yml", text -> text.replace("  news: {", "  about: { en: about, fr: a-propos, es: acerca-de }\n  news: {"));
        linkMadeLongAgo(site.root().resolve("content/about/imprint.en.md"), Path.of("legal.en.md"));

        build("the first build", Way.WHOLE);
        assertTrue(site.exists("en/about/imprint/index.html"), "the first build is published");
        edit("content/about/legal.en.md", text -> text + "\nAnd who hosts it.\n");
        build("the text of a page another page file links to", Way.PARTIAL);
    }

    /**
     * Edits whose effects reach other pages or other files: the home page's news, a page written
     * only in French, the copies standing in for missing translations, a draft, a figure cited,
     * a warning that must still be printed after another page is edited.
     */
    @Test
    void editsThatOtherPagesShowArePublishedAsANewProcessWould() throws IOException {
        site = TestSite.write(dir, Sites.minimal(FIXTURE + NEWS + Sites.REACH_FIGURES));
        everyKindOfEdit();
    }

    /** The same edits, built with addresses relative to each file (a downloadable preview). */
    @Test
    void relativeLinksBuildsArePublishedAsANewProcessWould() throws IOException {
        site = TestSite.write(dir, Sites.minimal(FIXTURE + NEWS + Sites.REACH_FIGURES));
        relativeLinks = true;
        everyKindOfEdit();
    }

    /** The same edits, built with drafts and under another base URL (a pull request's preview). */
    @Test
    void draftBuildsUnderAnotherAddressArePublishedAsANewProcessWould() throws IOException {
        site = TestSite.write(dir, Sites.minimal(FIXTURE + NEWS + Sites.REACH_FIGURES));
        drafts = true;
        baseUrl = java.net.URI.create("https://preview.example.net/pr-12/");
        everyKindOfEdit();
    }

    /**
     * Someone puts the previous build back online by hand (the output link pointed at the build
     * kept beside it, as a rollback); the next build must publish, as a new process would.
     */
    @Test
    void aBuildAfterTheOutputWasRolledBackByHandPublishes() throws IOException {
        site = TestSite.write(dir, Sites.minimal(FIXTURE));
        build("the first build", Way.WHOLE);
        edit("content/pledges/p2.en.md", text -> text + "\nOne.\n");
        build("an edit (the build before it is kept)", Way.PARTIAL);
        Path builds = site.root().resolve(".public.builds");
        Path published = site.output().toRealPath();
        Path previous;
        try (var entries = Files.list(builds)) {
            previous = entries.filter(p -> !p.equals(published)).findFirst().orElseThrow();
        }
        Files.delete(site.output());
        Files.createSymbolicLink(site.output(), site.root().relativize(previous));
        edit("content/pledges/p2.en.md", text -> text + "\nTwo.\n");
        build("an edit after the rollback", Way.WHOLE);
    }

    /**
     * Finishing from the kept build fails half way (here a file it rewrites was made a folder
     * by hand; elsewhere, a disk without hard links): a new process would not meet that folder,
     * so the build must not fail; it is made whole instead.
     */
    @Test
    void aBuildThatCannotBeFinishedFromTheKeptOneIsMadeWhole() throws IOException {
        site = TestSite.write(dir, Sites.minimal(FIXTURE));
        build("the first build", Way.WHOLE);
        edit("content/pledges/p2.en.md", text -> text + "\nOne.\n");
        build("an edit (the build before it is kept)", Way.PARTIAL);
        Path published = site.output().toRealPath();
        Path previous;
        try (var entries = Files.list(site.root().resolve(".public.builds"))) {
            previous = entries.filter(p -> !p.equals(published)).findFirst().orElseThrow();
        }
        Path page = previous.resolve("en/pledges/p2/index.html");
        Files.delete(page);
        Files.createDirectories(page);
        Files.writeString(page.resolve("note.txt"), "in the way");
        edit("content/pledges/p2.en.md", text -> text + "\nTwo.\n");
        build("an edit that the kept build cannot take", Way.WHOLE);
    }

    /**
     * A theme may show more of other pages than their title and summary: here the news list
     * shows each article's reading time and cover caption. An article's text or caption edited,
     * the list must show the new figures, as a new process's would.
     */
    @Test
    void aListThatShowsMoreThanTitlesAndSummariesIsUpToDate() throws IOException {
        site = PhotoSite.write(dir).add(FIXTURE);
        edit("themes/wecare/layouts/news/list.ftlh", text -> text.replace("<@c.cards pages=site.latestNews(articles?size)/>",
                "<@c.cards pages=site.latestNews(articles?size)/>\n<#list articles as item><p>${item.wordCount} ${(item.cover.caption)!}</p></#list>"));
        build("the first build", Way.WHOLE);
        edit("content/news/gathering.en.md", text -> text.replace("The end of the story.", "The end of the story, told again at length."));
        build("the text of an article the list counts the words of", Way.PARTIAL);
        edit("content/news/gathering.en.md", text -> text.replace("caption: The opening session", "caption: The opening session, full"));
        build("the caption of an article's cover, shown in the list", Way.PARTIAL);
    }

    /**
     * The running generator started on a cache a new process filled: its first build copies every
     * page, so what each page shows of others comes from the cache's entries, and the edits after
     * it must still render every page that shows them.
     */
    @Test
    void aRunningGeneratorStartedOnAWarmCacheIsPublishedAsANewProcessWould() throws IOException {
        site = TestSite.write(dir, Sites.minimal(FIXTURE + NEWS + Sites.REACH_FIGURES));
        assertTrue(new SiteBuilder().withBuildCache(true).build(options(dir.resolve("warm"))).published(), "a new process fills the cache");
        everyKindOfEdit();
    }

    @Test
    void aListThatShowsBodiesIsUpToDateWhenItsPageCameFromTheCache() throws IOException {
        site = PhotoSite.write(dir).add(FIXTURE);
        edit("themes/wecare/layouts/news/list.ftlh", text -> text.replace("<@c.cards pages=site.latestNews(articles?size)/>",
                "<@c.cards pages=site.latestNews(articles?size)/>\n<#list articles as item><p>${item.wordCount} ${(item.cover.caption)!}</p></#list>"));
        assertTrue(new SiteBuilder().withBuildCache(true).build(options(dir.resolve("warm"))).published(), "a new process fills the cache");
        build("the first build", Way.WHOLE);
        edit("content/news/gathering.en.md", text -> text.replace("The end of the story.", "The end of the story, told again at length."));
        build("the text of an article the list counts the words of", Way.PARTIAL);
        edit("content/news/gathering.en.md", text -> text.replace("caption: The opening session", "caption: The opening session, full"));
        build("the caption of an article's cover, shown in the list", Way.PARTIAL);
    }

    /** Staff or scripts remove the output, or the build kept beside it, between two builds. */
    @Test
    void removedOutputFoldersAreBuiltAgain() throws IOException {
        site = TestSite.write(dir, Sites.minimal(FIXTURE));
        build("the first build", Way.WHOLE);
        edit("content/pledges/p2.en.md", text -> text + "\nOne.\n");
        build("an edit (the build before it is kept)", Way.PARTIAL);
        Path builds = site.root().resolve(".public.builds");
        Path published = site.output().toRealPath();
        try (var entries = Files.list(builds)) {
            for (Path kept : entries.filter(p -> !p.equals(published)).toList()) {
                deleteTree(kept);
            }
        }
        edit("content/pledges/p2.en.md", text -> text + "\nTwo.\n");
        build("the kept build removed (a whole build: nothing to bring up to date)", Way.WHOLE);
        edit("content/pledges/p2.en.md", text -> text + "\nThree.\n");
        build("an edit after it", Way.PARTIAL);
        Files.delete(site.output());
        edit("content/pledges/p2.en.md", text -> text + "\nFour.\n");
        build("the output link removed", Way.WHOLE);
        edit("content/pledges/p2.en.md", text -> text + "\nFive.\n");
        build("an edit after it", Way.PARTIAL);
        deleteTree(builds);
        edit("content/pledges/p2.en.md", text -> text + "\nSix.\n");
        build("every build folder removed", Way.WHOLE);
        edit("content/pledges/p2.en.md", text -> text + "\nSeven.\n");
        build("an edit after it", Way.PARTIAL);
        deleteTree(site.output().toRealPath().resolve("en"));
        edit("content/pledges/p2.en.md", text -> text + "\nEight.\n");
        build("part of the published files removed (the kept build has them)", Way.PARTIAL);
    }

    private static void deleteTree(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private void everyKindOfEdit() throws IOException {
        build("the first build", Way.WHOLE);
        assertTrue(site.exists("en/news/meeting/index.html"), "the first build is published");
        edit("content/news/meeting.en.md", text -> text.replace("summary: Mayors met.", "summary: Mayors met again."));
        build("the summary of the newest article, shown on the home page", Way.PARTIAL);
        edit("content/news/seulement.fr.md", text -> text + "\nUn paragraphe de plus.\n");
        build("a page written only in French", Way.PARTIAL);
        edit("content/pledges/p2.en.md", text -> text.replace("title: Pledge 2", "title: Pledge two"));
        build("the title of a page copied into French and Spanish, and linked from another", Way.PARTIAL);
        edit("content/pledges/p3.en.md", text -> text + "\nA [bad link](javascript:alert(1)).\n");
        build("a warning in a page", Way.PARTIAL);
        edit("content/pledges/p2.en.md", text -> text + "\nAnother paragraph.\n");
        assertTrue(build("another page edited: the warning is still printed", Way.PARTIAL).problems().stream()
                .anyMatch(p -> p.format().startsWith("content/pledges/p3.en.md:")), "the warning is printed");
        edit("content/news/draft.en.md", text -> text + "\nStill a draft.\n");
        build("a draft", Way.PARTIAL);
        edit("content/pledges/p2.en.md", text -> text + "\nMore than {{< metric followers >}} followers.\n");
        build("a figure cited", Way.PARTIAL);
        java.nio.file.attribute.FileTime saved = Files.getLastModifiedTime(site.root().resolve("content/pledges/p2.en.md"));
        edit("content/pledges/p2.en.md", text -> text.replace("Another paragraph.", "Another PARAGRAPH."));
        Files.setLastModifiedTime(site.root().resolve("content/pledges/p2.en.md"), saved);
        build("a second save in the same clock tick, of the same size", Way.PARTIAL);
    }

    /** Makes a symbolic link dated a day ago, as one made when the project was set up would be. */
    private static void linkMadeLongAgo(Path link, Path target) throws IOException {
        Files.createSymbolicLink(link, target);
        java.nio.file.attribute.FileTime dayAgo = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofDays(1)));
        Files.getFileAttributeView(link, java.nio.file.attribute.BasicFileAttributeView.class, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                .setTimes(dayAgo, dayAgo, dayAgo);
    }

    private enum Way { WHOLE, PARTIAL }

    /** Changes a published file by hand, as someone fixing the live site directly might. */
    private void tamper(String file) throws IOException {
        Files.writeString(site.output().toRealPath().resolve(file), "changed by hand", java.nio.file.StandardOpenOption.APPEND);
    }

    private void edit(String file, java.util.function.UnaryOperator<String> change) throws IOException {
        Path path = site.root().resolve(file);
        Files.writeString(path, change.apply(Files.readString(path)));
    }

    /** Builds through the kept build, then from nothing in a folder of its own, and compares. */
    private BuildResult build(String what, Way expected) throws IOException {
        step++;
        String when = "step " + step + " (" + what + ")";
        BuildResult kept = keptBuilds.build(options(site.output()), relativeLinks, true, Progress.NONE);
        Path fresh = dir.resolve("fresh-" + step);
        BuildResult clean = new SiteBuilder().withRelativeLinks(relativeLinks).build(options(fresh));

        assertEquals(formatted(clean.problems()), formatted(kept.problems()), when + ": the same problems");
        assertEquals(clean.published(), kept.published(), when + ": both publish, or neither does");
        if (clean.published()) {
            Map<String, String> want = TreeSnapshot.of(fresh.toRealPath());
            Map<String, String> got = TreeSnapshot.of(site.output().toRealPath());
            assertEquals(want.keySet(), got.keySet(), when + ": the same files");
            want.forEach((file, bytes) -> assertEquals(bytes, got.get(file), when + ": " + file + " differs"));
            assertEquals(clean.pagesPerLanguage(), kept.pagesPerLanguage(), when + ": the summary's pages");
            assertEquals(clean.fallbacksPerLanguage(), kept.fallbacksPerLanguage(), when + ": the summary's pages not yet translated");
            assertEquals(clean.files(), kept.files(), when + ": the summary's file count");
            assertEquals(clean.bytes(), kept.bytes(), when + ": the summary's size");
        }
        assertEquals(expected == Way.PARTIAL, kept.partial().isPresent(), when + ": built " + (expected == Way.PARTIAL ? "from the previous build" : "whole"));
        kept.partial().ifPresent(partial -> assertTrue(partial.filesKept() > 0, when + ": files carried over"));
        return kept;
    }

    private BuildOptions options(Path output) {
        BuildOptions options = BuildOptions.of(site.root(), output).withDrafts(drafts);
        return baseUrl == null ? options : options.withBaseUrl(baseUrl);
    }

    private static List<String> formatted(List<Problem> problems) {
        return problems.stream().map(Problem::format).toList();
    }

    private static final String FIXTURE = """
            -- content/pledges/_index.en.md --
            ---
            title: Pledges
            ---
            -- content/pledges/_index.fr.md --
            ---
            title: Engagements
            ---
            -- content/pledges/p1.en.md --
            ---
            title: Pledge 1
            axis: government
            weight: 1
            aliases: [/en/old-pledge/]
            ---
            The pledge 1. See [pledge 2](p2.md).
            -- content/pledges/p1.fr.md --
            ---
            title: Engagement 1
            slug: engagement-1
            axis: government
            weight: 1
            aliases: [/fr/ancien-engagement/]
            ---
            L’engagement 1.
            -- content/pledges/p2.en.md --
            ---
            title: Pledge 2
            axis: government
            weight: 2
            ---
            The pledge 2, linked from [the first](p1.md).
            -- content/pledges/p3.en.md --
            ---
            title: Pledge 3
            axis: government
            weight: 3
            ---
            The pledge 3.
            -- content/report/_index.en.md --
            ---
            title: Reports
            ---
            -- content/report/2021/_index.en.md --
            ---
            title: Report 2021
            year: 2021
            ---
            The report.
            -- content/report/2021/c1.en.md --
            ---
            title: Chapter 1
            year: 2021
            weight: 1
            chapter: "1"
            ---
            ## Section

            See [pledge 1](../../pledges/p1.md).
            """;

    private static final String NEWS = """
            -- content/news/_index.en.md --
            ---
            title: News
            ---
            -- content/news/_index.fr.md --
            ---
            title: Actualités
            ---
            -- content/news/meeting.en.md --
            ---
            title: Mayors meet
            date: 2022-11-02
            summary: Mayors met.
            ---
            The mayors met in Bogotá.
            -- content/news/older.en.md --
            ---
            title: An older story
            date: 2022-01-15
            ---
            It happened long ago.
            -- content/news/seulement.fr.md --
            ---
            title: Une nouvelle en français
            date: 2022-06-01
            ---
            Écrite en français seulement.
            -- content/news/draft.en.md --
            ---
            title: Not ready yet
            date: 2022-12-01
            draft: true
            ---
            A draft.
            """;
}
