package org.powerofwe.build.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.powerofwe.build.BuildOptions;
import org.powerofwe.build.BuildResult;
import org.powerofwe.build.SiteBuilder;
import org.powerofwe.markdown.MarkdownEnvironment;
import org.powerofwe.testing.TestSite;

/**
 * The cache is used when it can be, and never trusted when it cannot: an entry that is cut short,
 * altered on disk, of another format or under another page's name is rendered again (else a
 * reader would see garbled or foreign text); a new process actually takes unchanged bodies from it
 * (else it would not save any time); it does not grow for ever; {@code --no-cache} writes nothing.
 */
class CacheEntriesTest {

    @TempDir
    Path dir;

    private BuildResult build(TestSite site, boolean cache) {
        return BuildCacheTest.publish(dir, site, cache);
    }

    private static List<Path> entries(TestSite site) throws IOException {
        return entries(site, "bodies", ".body");
    }

    private static List<Path> entries(TestSite site, String folder, String suffix) throws IOException {
        Path bodies = site.root().resolve(".cache/build").resolve(folder);
        if (!Files.isDirectory(bodies)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(bodies)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void aNewProcessTakesUnchangedBodiesFromTheCacheAndRendersOnlyTheEditedPage() throws IOException {
        TestSite site = BuildCacheTest.writeFixture(dir);
        BuildResult first = build(site, true);
        int pages = first.pagesPerLanguage().values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(0, first.cache().reused(), "an empty cache has nothing to give");
        assertEquals(entries(site).size(), first.cache().rendered(), "every rendered body is kept");

        BuildResult second = build(site, true);
        assertEquals(first.cache().rendered(), second.cache().reused(), "the second build renders no body: " + second.cache());
        assertEquals(0, second.cache().rendered());

        BuildCacheTest.replace(site, "content/pledges/p2.en.md", "Back to", "Go back to");
        BuildResult third = build(site, true);
        // p2 is written in English only: its page and the French and Spanish pages standing in for it.
        assertEquals(3, third.cache().rendered(), "only the edited page's bodies are rendered: " + third.cache());
        assertEquals(first.cache().rendered() - 3, third.cache().reused());
        assertTrue(pages > 3);

        TestSite.CommandRun run = site.run("build", "--output", dir.resolve("cli").toString());
        assertTrue(run.out().contains("Page bodies: " + first.cache().rendered() + " from the build cache (.cache/build/), 0 rendered."), run.out());
    }

    @Test
    void aNewProcessCopiesThePagesAnEditDoesNotShowOnAndRendersTheOthers() {
        TestSite site = BuildCacheTest.writeFixture(dir);
        BuildResult first = build(site, true);
        int pages = first.pagesPerLanguage().values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(pages, first.cache().pagesRendered(), "an empty cache has no page to give");
        assertEquals(pages, build(site, true).cache().pagesReused(), "the second build renders no page");

        BuildCacheTest.replace(site, "content/news/youth.en.md", "Young people gave their views.", "Young people spoke.");
        BuildResult edited = build(site, true);
        // The item and the news list, which shows its first words, each with its French and Spanish stand-ins;
        // not the home page nor the other items, whose latest news stop before this one.
        assertEquals(6, edited.cache().pagesRendered(), "only the pages that show the edited text are rendered: " + edited.cache());
        assertEquals(pages - 6, edited.cache().pagesReused());

        TestSite.CommandRun run = site.run("build", "--output", dir.resolve("cli").toString());
        assertTrue(run.out().contains("Whole pages: " + pages + " copied from the build cache (nothing they show changed), 0 rendered."), run.out());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cut short", "a byte of text altered", "another format", "another page's entry", "empty", "a temporary file left"})
    void anEntryThatCannotBeTrustedIsRenderedAgain(String damage) throws IOException {
        TestSite site = BuildCacheTest.writeFixture(dir);
        build(site, true);
        List<Path> entries = entries(site);
        harm(entries, damage);
        // The pack of first parts would give them whole (FirstPartsTest): without it, only the entries are read.
        FirstPartsTest.deletePacks(site.root());
        BuildResult again = build(site, true);
        assertEquals(0, again.cache().reused(), damage + ": nothing is taken from damaged entries: " + again.cache());
        assertEquals(damage.equals("a temporary file left") ? 0 : entries.size(), again.cache().rejected(), damage + ": " + again.cache());
        build(site, false);
        BuildCacheTest.assertSameFiles(dir.resolve("without-cache"), dir.resolve("with-cache"), damage);
        assertEquals(entries.size(), build(site, true).cache().reused(), damage + ": the entries written again are used");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cut short", "a byte of text altered", "another format", "another configuration's index", "empty", "deleted"})
    void aPageIndexThatCannotBeTrustedIsNotUsed(String damage) throws IOException {
        TestSite site = BuildCacheTest.writeFixture(dir);
        int pages = build(site, true).cache().pagesRendered();
        assertEquals(pages, entries(site, "pages", ".html").size(), "every page is kept");
        List<Path> indexes = entries(site, "pages", ".index");
        assertEquals(1, indexes.size(), "one index for the build's configuration");
        Path index = indexes.get(0);
        byte[] bytes = Files.readAllBytes(index);
        switch (damage) {
            case "cut short" -> Files.write(index, Arrays.copyOf(bytes, bytes.length / 2));
            case "a byte of text altered" -> Files.write(index, BuildCacheTest.alterText(bytes));
            case "another format" -> Files.write(index, ByteBuffer.wrap(bytes.clone()).putInt(4, EntryFile.FORMAT + 1).array());
            case "another configuration's index" -> {
                // An index copied from another configuration: its header names that configuration, not this one.
                Files.write(index, renamedKey(bytes));
            }
            case "empty" -> Files.write(index, new byte[0]);
            default -> Files.delete(index);
        }
        BuildResult again = build(site, true);
        assertEquals(0, again.cache().pagesReused(), damage + ": no page is copied through a damaged index: " + again.cache());
        assertEquals(pages, again.cache().pagesRendered(), damage);
        build(site, false);
        BuildCacheTest.assertSameFiles(dir.resolve("without-cache"), dir.resolve("with-cache"), damage);
        assertEquals(pages, build(site, true).cache().pagesReused(), damage + ": the index written again is used");
    }

    /** The index with another configuration's name in its header (same length, first hex digit changed). */
    private static byte[] renamedKey(byte[] index) {
        byte[] renamed = index.clone();
        int first = 12; // magic, format, key length, then the key
        renamed[first] = (byte) (renamed[first] == '0' ? '1' : '0');
        return renamed;
    }

    @Test
    void aPublishedPageChangedInPlaceIsNotCopiedBackIntoTheNextBuild() throws IOException {
        TestSite site = BuildCacheTest.writeFixture(dir);
        int pages = build(site, true).cache().pagesRendered();
        BuildResult second = build(site, true);
        assertEquals(pages, second.cache().pagesReused());
        // Someone fixes a typo right in the published file: an editor that writes in place writes through its link.
        Path published = dir.resolve("with-cache").resolve("en/news/youth/index.html");
        String text = Files.readString(published);
        Files.writeString(published, text.replace("Young people", "Young folk"));
        BuildResult third = build(site, true);
        assertEquals(pages - 1, third.cache().pagesReused(), "the changed page is rendered again: " + third.cache());
        build(site, false);
        BuildCacheTest.assertSameFiles(dir.resolve("without-cache"), dir.resolve("with-cache"), "after a published page was changed in place");
        assertEquals(pages, build(site, true).cache().pagesReused(), "the page rendered again is kept in a new file");
    }

    /** Damages every entry in the same way. */
    private static void harm(List<Path> entries, String damage) throws IOException {
        assertFalse(entries.isEmpty());
        byte[] first = Files.readAllBytes(entries.get(0));
        byte[] second = Files.readAllBytes(entries.get(1));
        for (Path entry : entries) {
            byte[] bytes = Files.readAllBytes(entry);
            UnaryOperator<byte[]> harm = switch (damage) {
                case "cut short" -> b -> Arrays.copyOf(b, firstPartStart(b) + firstPartLength(b) / 2);
                case "a byte of text altered" -> b -> alterLetter(b, firstPartStart(b), firstPartStart(b) + firstPartLength(b));
                case "another format" -> b -> ByteBuffer.wrap(b.clone()).putInt(4, EntryFile.FORMAT + 1).array();
                case "another page's entry" -> b -> entry.equals(entries.get(0)) ? second : first;
                case "empty" -> b -> new byte[0];
                default -> b -> b;
            };
            if (damage.equals("a temporary file left")) {
                // A build stopped while writing leaves the temporary file only; the entry itself is gone.
                Files.write(entry.resolveSibling(EntryFile.TEMP_PREFIX + entry.getFileName() + "-1"), Arrays.copyOf(bytes, bytes.length / 3));
                Files.delete(entry);
            } else {
                Files.write(entry, harm.apply(bytes));
            }
        }
    }

    /** Where the first part of an entry starts: after its header (magic, format, key, number of parts) and its length. */
    private static int firstPartStart(byte[] entry) {
        return 4 + 4 + 4 + ByteBuffer.wrap(entry).getInt(8) + 4 + 4;
    }

    private static int firstPartLength(byte[] entry) {
        return ByteBuffer.wrap(entry).getInt(firstPartStart(entry) - 4);
    }

    /** Where the second part (the body's HTML, then its text, links and headings) starts. */
    private static int secondPartStart(byte[] entry) {
        return firstPartStart(entry) + firstPartLength(entry) + 8 + 4;
    }

    private static byte[] alterLetter(byte[] entry, int from, int to) {
        byte[] altered = entry.clone();
        for (int i = from; i < to; i++) {
            if (altered[i] >= 'a' && altered[i] <= 'y') {
                altered[i]++;
                return altered;
            }
        }
        throw new AssertionError("no letter there");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"HTML cut short", "a letter of the HTML altered"})
    void aBodyWhoseHtmlCannotBeTrustedIsRenderedAgainForThePagesThatShowIt(String damage) throws IOException {
        TestSite site = BuildCacheTest.writeFixture(dir);
        build(site, true);
        List<Path> entries = entries(site);
        for (Path entry : entries) {
            byte[] bytes = Files.readAllBytes(entry);
            int html = secondPartStart(bytes);
            Files.write(entry, damage.equals("HTML cut short") ? Arrays.copyOf(bytes, html + 20) : alterLetter(bytes, html, bytes.length));
        }
        // Without the whole pages kept, every page is rendered again and shows its body's HTML.
        try (Stream<Path> pages = Files.walk(site.root().resolve(".cache/build/pages"))) {
            for (Path path : pages.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        BuildResult again = build(site, true);
        assertEquals(entries.size(), again.cache().reused(), damage + ": what every build needs of a body is whole: " + again.cache());
        assertEquals(entries.size(), again.cache().rejected(), damage + ": no page shows a damaged HTML: " + again.cache());
        build(site, false);
        BuildCacheTest.assertSameFiles(dir.resolve("without-cache"), dir.resolve("with-cache"), damage);
    }

    @Test
    void entriesNoRecentBuildUsedAreDeletedAndNoCacheWritesNothing() throws IOException {
        TestSite site = BuildCacheTest.writeFixture(dir);
        build(site, false);
        assertFalse(Files.exists(site.root().resolve(".cache/build")), "--no-cache keeps nothing");
        build(site, true);
        int kept = entries(site).size();
        BuildCacheTest.replace(site, "content/pledges/p2.en.md", "Back to", "Go back to");
        build(site, true);
        assertEquals(kept + 3, entries(site).size(), "the edited page's new bodies are kept; the old ones are recent");
        for (Path entry : entries(site)) {
            Files.setLastModifiedTime(entry, FileTime.from(Instant.now().minus(1, ChronoUnit.DAYS)));
        }
        build(site, true);
        assertEquals(kept + 3, entries(site).size(), "within the grace period of the last sweep, a build does not list the entries again");
        // A day after that sweep, the next build sweeps.
        Files.setLastModifiedTime(site.root().resolve(".cache/build/used/" + CachePruner.SWEPT), FileTime.from(Instant.now().minus(1, ChronoUnit.DAYS)));
        build(site, true);
        assertEquals(kept, entries(site).size(), "the bodies of the page before its edit are deleted once old");
    }

    /**
     * A cache whose last sweep seems to lie in the future (copied from a machine whose clock ran
     * ahead, or a clock set back) would otherwise never be swept again, and grow with every edit.
     */
    @Test
    void aSweepTimeInTheFutureDoesNotStopTheSweeps() throws IOException {
        TestSite site = BuildCacheTest.writeFixture(dir);
        build(site, true);
        int kept = entries(site).size();
        BuildCacheTest.replace(site, "content/pledges/p2.en.md", "Back to", "Go back to");
        build(site, true);
        for (Path entry : entries(site)) {
            Files.setLastModifiedTime(entry, FileTime.from(Instant.now().minus(1, ChronoUnit.DAYS)));
        }
        Files.setLastModifiedTime(site.root().resolve(".cache/build/used/" + CachePruner.SWEPT), FileTime.from(Instant.now().plus(1, ChronoUnit.DAYS)));
        build(site, true);
        assertEquals(kept, entries(site).size(), "the bodies of the page before its edit are deleted");
    }

    /**
     * Staff who preview drafts now and then ({@code --drafts}, into another folder) keep both
     * builds' pages: the draft build lists its pages apart, so pruning after it does not delete
     * the pages of the usual build, which would then render every page again.
     */
    @Test
    void aBuildWithDraftsKeepsThePagesOfTheBuildWithout() throws IOException {
        TestSite site = BuildCacheTest.writeFixture(dir).writeFile("content/news/plan.en.md", """
                ---
                title: A plan still being written
                date: 2022-01-10
                draft: true
                ---
                Not ready yet.
                """);
        build(site, true);
        List<Path> usual = entries(site, "pages", ".html");
        // The usual build was an hour ago: its pages are past the grace period that spares files just written.
        for (Path entry : usual) {
            Files.setLastModifiedTime(entry, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
        }
        // And so was its sweep: the build with drafts sweeps the pages too.
        Files.setLastModifiedTime(site.root().resolve(".cache/build/used-pages/" + CachePruner.SWEPT), FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
        BuildResult drafts = new SiteBuilder().withBuildCache(true).build(BuildOptions.of(site.root(), dir.resolve("drafts")).withDrafts(true));
        assertTrue(drafts.published(), BuildCacheTest.formatted(drafts).toString());
        assertTrue(usual.stream().allMatch(Files::exists), "every page the usual build kept is still there");
    }

    /** A method added to the environment but not passed on would render bodies differently with the cache. */
    @Test
    void theRecordingEnvironmentPassesOnEveryQuestion() throws NoSuchMethodException {
        for (Method method : MarkdownEnvironment.class.getMethods()) {
            if (!Modifier.isStatic(method.getModifiers())) {
                Method own = RecordingEnvironment.class.getMethod(method.getName(), method.getParameterTypes());
                assertEquals(RecordingEnvironment.class, own.getDeclaringClass(), method.getName() + " is answered by the wrapped environment");
            }
        }
    }
}
