package org.powerofwe.build.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.powerofwe.build.BuildOptions;
import org.powerofwe.build.BuildResult;
import org.powerofwe.build.SiteBuilder;
import org.powerofwe.diag.Problem;
import org.powerofwe.images.TestImages;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/**
 * A build that takes page bodies and whole pages from {@code .cache/build/} publishes exactly what
 * a build without the cache publishes, whatever staff changed in between: if it did not, readers
 * would see an old paragraph, a figure's old value, a list with a page's old title or summary, a
 * report's old PDF size or a link to a page that moved, until someone deleted the cache.
 */
class BuildCacheTest {

    @TempDir
    Path dir;

    /** One change staff make, and its description for the failure message. */
    private record Edit(String description, Consumer<TestSite> apply) {
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7L, 2021L})
    void afterAnySequenceOfEditsTheCachedBuildEqualsABuildWithoutTheCache(long seed) {
        TestSite site = writeFixture(dir);
        List<List<Edit>> groups = new ArrayList<>(edits());
        Collections.shuffle(groups, new Random(seed));
        List<Edit> edits = new ArrayList<>(groups.stream().flatMap(List::stream).toList());
        edits.add(0, new Edit("nothing (the first build)", s -> { }));
        edits.add(1, new Edit("nothing (the second build)", s -> { }));
        int reused = 0;
        int stale = 0;
        int pagesReused = 0;
        for (Edit edit : edits) {
            edit.apply().accept(site);
            BuildResult cached = new SiteBuilder().withBuildCache(true).build(BuildOptions.of(site.root(), dir.resolve("with-cache")));
            BuildResult clean = new SiteBuilder().build(BuildOptions.of(site.root(), dir.resolve("without-cache")));
            String when = "after " + edit.description() + " (seed " + seed + ")";
            assertEquals(formatted(clean), formatted(cached), when + ": the same problems");
            assertEquals(clean.published(), cached.published(), when + ": both publish, or neither");
            if (clean.published()) {
                assertSameFiles(dir.resolve("without-cache"), dir.resolve("with-cache"), when);
            }
            if (edit == edits.get(0)) {
                assertTrue(clean.published(), "the fixture builds without errors: " + formatted(clean));
            }
            reused += cached.cache().reused();
            stale += cached.cache().stale();
            pagesReused += cached.cache().pagesReused();
            if (edit == edits.get(1)) {
                assertEquals(0, cached.cache().pagesRendered(), when + ": every page is copied from the cache, none rendered");
            }
        }
        assertTrue(pagesReused > 0, "whole pages were copied from the cache");
        assertTrue(reused > 0, "bodies were taken from the cache");
        assertTrue(stale > 0, "some kept bodies were found out of date and rendered again");
    }

    /**
     * A theme may show when the site was built (a footer's "© 2026", "built on ..."): FreeMarker's
     * {@code .now} is no input of any page, so a page copied from the cache would show the time of
     * the build that rendered it, months ago (last year's copyright on every page no one edited).
     */
    @org.junit.jupiter.api.Test
    void aThemeThatShowsTheTimeOfTheBuildShowsTheTimeOfThisBuild() throws IOException {
        TestSite site = writeFixture(dir);
        replace(site, "themes/wecare/layouts/pledge.ftlh", "<article>", "<article data-built=\"${.now?iso_utc_ms}\">");
        SiteBuilder builder = new SiteBuilder().withBuildCache(true);
        assertTrue(builder.build(BuildOptions.of(site.root(), dir.resolve("first"))).published());
        String first = Files.readString(dir.resolve("first/en/pledges/p1/index.html"));
        BuildResult second = new SiteBuilder().withBuildCache(true).build(BuildOptions.of(site.root(), dir.resolve("second")));
        assertTrue(second.published(), "the second build publishes: " + formatted(second));
        String again = Files.readString(dir.resolve("second/en/pledges/p1/index.html"));
        assertTrue(first.contains("data-built=\""), "the page shows when it was built: " + first);
        org.junit.jupiter.api.Assertions.assertNotEquals(first, again, "the second build shows its own time, not the first build's");
    }

    /** Edits in groups: a deleted page is written again right after, so later edits find it. */
    @SuppressWarnings("unchecked")
    private static List<List<Edit>> edits() {
        return Stream.of(
                new Edit("a paragraph", s -> replace(s, "content/pledges/p1.en.md", "Local finance matters.", "Local finance matters more than ever.")),
                new Edit("a heading other pages link to", s -> replace(s, "content/pledges/p2.en.md", "## Why it matters", "## Why this matters")),
                new Edit("a figure's value", s -> replace(s, "content/data/metrics/m.yml", "value: 3280", "value: 4100")),
                new Edit("the configuration (a section's French address)", s -> replace(s, "site-config.yml", "fr: engagements", "fr: promesses")),
                new Edit("a template", s -> replace(s, "themes/wecare/layouts/pledge.ftlh", "<article>", "<article data-edited=\"yes\">")),
                new Edit("the theme's words for figures", s -> replace(s, "themes/wecare/i18n/en.yml", "more-than: \"more than {0}\"", "more-than: \"over {0}\"")),
                new Edit("the glossary", s -> replace(s, "content/glossary/fr.yml", "UCLG: CGLU", "World Council: Conseil mondial")),
                List.of(new Edit("a deleted page that another links to", s -> s.delete("content/pledges/p2.en.md")),
                        new Edit("the deleted page written again", s -> s.writeFile("content/pledges/p2.en.md", P2_EN))),
                new Edit("a new translation (French links now lead to it)", s -> s.writeFile("content/pledges/p2.fr.md", """
                        ---
                        title: Deuxième engagement
                        slug: deuxieme
                        axis: government
                        weight: 2
                        ---
                        ## Pourquoi c’est important

                        Retour à [l’engagement 1](p1.md), avec {{< metric impressions >}} impressions.
                        """)),
                new Edit("a new page", s -> s.writeFile("content/pledges/p3.en.md", """
                        ---
                        title: Third pledge
                        axis: government
                        weight: 3
                        ---
                        See [the first pledge](p1.md) and {{< metric followers >}} followers.
                        """)),
                List.of(new Edit("a deleted file a page links to", s -> s.delete("content/files/summary.pdf")),
                        new Edit("the deleted file written again", s -> s.writeFile("content/files/summary.pdf", "%PDF-1.4 a summary\n"))),
                new Edit("a title the pledges' list shows", s -> replace(s, "content/pledges/p1.en.md", "title: First pledge", "title: First pledge, renewed")),
                new Edit("a summary the pledges' list shows", s -> replace(s, "content/pledges/p1.fr.md", "slug: premier\n", "slug: premier\nsummary: Un résumé\n")),
                new Edit("a weight (the pledges change places in lists)", s -> {
                    replace(s, "content/pledges/p1.en.md", "weight: 1", "weight: 5");
                    replace(s, "content/pledges/p1.fr.md", "weight: 1", "weight: 5");
                }),
                // The third chapter shows nothing of the first but the size of the PDF they are in.
                new Edit("a chapter's text (its report's PDF grows by kilobytes)", s -> replace(s, "content/report/2021/c1.en.md", "Our reach.",
                        "Our reach, told at greater length.\n\n" + "Every region reported its figures, quarter by quarter, with notes. ".repeat(150))),
                new Edit("the cover photo, replaced by a smaller one under the same name", s -> s.writeBytes(COVER, TestImages.jpeg(700, 350))),
                // The home page shows the three latest news items: each of these edits, in this order, brings in one it did not show.
                List.of(new Edit("a news item's title (news of the same day are listed by title)", s -> replace(s, "content/news/zoning.en.md",
                                "title: Zoning rules, compared", "title: A bold plan for zoning")),
                        new Edit("a news item's date (the home page's latest news)", s -> replace(s, "content/news/youth.en.md",
                                "date: 2021-09-01", "date: 2022-02-01"))))
                .map(e -> e instanceof Edit single ? List.of(single) : (List<Edit>) e).toList();
    }

    private static final String P2_EN = """
            ---
            title: Second pledge
            axis: government
            weight: 2
            ---
            ## Why it matters

            Back to [pledge 1](p1.md), with {{< metric impressions >}} impressions.
            """;

    private static final String COVER = "content/images/forum.jpg";

    /** Writes the fixture and its cover photo under {@code dir}. */
    static TestSite writeFixture(Path dir) {
        return TestSite.write(dir, fixture()).writeBytes(COVER, TestImages.jpeg(1600, 800));
    }

    static String fixture() {
        return Sites.minimal(Sites.PLEDGES_EN_FR + Sites.REPORT_2021 + Sites.REACH_FIGURES + """
                -- content/news/_index.en.md --
                ---
                title: News
                ---
                -- content/news/budget.en.md --
                ---
                title: A budget for the year
                date: 2021-12-01
                ---
                The budget was adopted.
                -- content/news/summit.en.md --
                ---
                title: A summit in the south
                date: 2021-11-01
                ---
                Leaders met in the south.
                -- content/news/forum.en.md --
                ---
                title: A forum of mayors
                date: 2021-10-01
                cover:
                  image: /images/forum.jpg
                  alt: Mayors around a table
                ---
                Mayors met to compare notes on local finance.
                -- content/news/zoning.en.md --
                ---
                title: Zoning rules, compared
                date: 2021-10-01
                ---
                Cities compared their zoning rules.
                -- content/news/youth.en.md --
                ---
                title: Youth councils
                date: 2021-09-01
                ---
                Young people gave their views.
                -- content/report/2021/c2.en.md --
                ---
                title: Chapter 2
                year: 2021
                weight: 2
                chapter: "2"
                ---
                Our partners.
                -- content/report/2021/c3.en.md --
                ---
                title: Chapter 3
                year: 2021
                weight: 3
                chapter: "3"
                ---
                Our plans.
                -- content/glossary/fr.yml --
                terms:
                  UCLG: CGLU
                -- content/files/summary.pdf --
                %PDF-1.4 a summary
                -- content/pledges/p1.en.md --
                ---
                title: First pledge
                axis: government
                weight: 1
                ---
                ## Local finance

                Local finance matters. See [why](p2.md#why-it-matters), [the summary](../files/summary.pdf)
                and {{< metric followers >}} followers.

                {{< figures followers impressions >}}
                -- content/pledges/p1.fr.md --
                ---
                title: Premier engagement
                slug: premier
                axis: government
                weight: 1
                ---
                ## Finances locales

                Les finances locales selon UCLG. Voir [pourquoi](p2.md) et {{< metric followers >}} abonnés.

                {{< figures followers impressions >}}
                -- content/report/2021/c1.en.md --
                ---
                title: Chapter 1
                year: 2021
                weight: 1
                chapter: "1"
                ---
                Our reach.
                """) + "-- content/pledges/p2.en.md --\n" + P2_EN;
    }

    static void replace(TestSite site, String path, String from, String to) {
        try {
            Path file = site.root().resolve(path);
            String text = Files.readString(file);
            assertTrue(text.contains(from), path + " contains " + from);
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entry with the first letter of its HTML changed (same length): only the checksum can tell. */
    static byte[] alterText(byte[] entry) {
        byte[] altered = entry.clone();
        for (int i = altered.length / 2; i < altered.length; i++) {
            if (altered[i] >= 'a' && altered[i] <= 'y') {
                altered[i]++;
                return altered;
            }
        }
        throw new AssertionError("no letter in the entry");
    }

    /**
     * Builds {@code site} into {@code dir}'s "with-cache" or "without-cache" folder, with or without
     * the build cache, and fails unless the build is published.
     */
    static BuildResult publish(Path dir, TestSite site, boolean cache) {
        BuildResult result = new SiteBuilder().withBuildCache(cache).build(BuildOptions.of(site.root(), dir.resolve(cache ? "with-cache" : "without-cache")));
        assertTrue(result.published(), formatted(result).toString());
        return result;
    }

    static List<String> formatted(BuildResult result) {
        return result.problems().stream().map(Problem::format).toList();
    }

    static void assertSameFiles(Path expected, Path actual, String when) {
        Map<String, byte[]> want = files(expected);
        Map<String, byte[]> got = files(actual);
        assertEquals(want.keySet(), got.keySet(), when + ": the same files");
        want.forEach((name, bytes) -> {
            if (!Arrays.equals(bytes, got.get(name))) {
                assertEquals(new String(bytes, StandardCharsets.UTF_8), new String(got.get(name), StandardCharsets.UTF_8), when + ": the bytes of " + name);
            }
        });
    }

    static Map<String, byte[]> files(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root.toRealPath())) {
            Path real = root.toRealPath();
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(real.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertFalse(files.isEmpty(), "files in " + root);
        return files;
    }
}
