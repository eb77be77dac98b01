package org.powerofwe.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.powerofwe.build.BuildOptions;
import org.powerofwe.build.BuildSession;
import org.powerofwe.cli.Console;
import org.powerofwe.cli.Main;
import org.powerofwe.diag.Problem;
import org.powerofwe.publish.MemoryOutput;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/**
 * Whatever staff save, in whatever order, the preview shows exactly what a clean build of the
 * same files gives: random sequences of edits (change, add, rename, delete, translate, reorder,
 * draft) are applied to a live site, and after each one its output is compared, file by file and
 * byte by byte, with a build from scratch.
 */
class IncrementalCorrectnessTest {

    private static final ForkJoinPool POOL = new ForkJoinPool(2);
    private static final URI BASE = URI.create("http://127.0.0.1:1313/");

    @TempDir
    Path dir;

    @AfterAll
    static void stopPool() {
        POOL.shutdown();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 20211116L, 42L})
    void afterEveryEditTheLiveSiteEqualsACleanBuild(long seed) throws Exception {
        TestSite site = TestSite.write(dir, fixture());
        assertEquals(0, Main.run(new Console(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())),
                "translations", "--mark", "fr", "--all", "--source", site.root().toString()));
        BuildOptions options = new BuildOptions(site.root(), Optional.empty(), false, Optional.of(BASE), 2);
        LiveSite live = new LiveSite(options, POOL);
        live.buildAll();
        assertSame(live, options, "the first build");
        Random random = new Random(seed);
        int incremental = 0;
        for (int step = 0; step < 14; step++) {
            Edit edit = edit(site, random);
            BuildSession.Outcome outcome = live.update(edit.changed());
            live.deferPending(outcome);
            if (outcome.incremental()) {
                incremental++;
            }
            assertSame(live, options, "step " + step + " (" + edit.description() + ", seed " + seed + ")");
        }
        assertTrue(incremental > 0, "some edits took the incremental path");
    }

    /**
     * Saves in several languages, with no look at the search indexes between them: each language's
     * index, feed and export must still show its last save (the preview writes them only when they
     * are asked for, so it must remember every language a save touched, not only the last one).
     */
    @org.junit.jupiter.api.Test
    void savesInSeveralLanguagesBeforeAnyLookEqualACleanBuild() throws Exception {
        TestSite site = TestSite.write(dir, fixture());
        BuildOptions options = new BuildOptions(site.root(), Optional.empty(), false, Optional.of(BASE), 2);
        LiveSite live = new LiveSite(options, POOL);
        live.buildAll();
        for (String file : List.of("content/pledges/p3.en.md", "content/pledges/p2.fr.md", "content/pledges/p1.en.md")) {
            Path page = site.root().resolve(file);
            Files.writeString(page, Files.readString(page).stripTrailing() + "\n\nSaved in " + file + ".\n");
            BuildSession.Outcome outcome = live.update(Set.of(page));
            assertTrue(outcome.incremental(), file + " is rebuilt on its own");
            live.deferPending(outcome);
        }
        assertSame(live, options, "after saves in English, French, then English");
    }

    /**
     * A save that overflowed the stack or made a template recurse once killed the watcher and left
     * pages that differed from a clean build after the file was restored; now the broken state is
     * shown, and the next good save gives exactly a clean build's output.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nested quotes", "macro calling itself", "template including itself", "figure too large"})
    void afterABrokenSaveTheNextGoodSaveEqualsACleanBuild(String mistake) throws Exception {
        TestSite site = TestSite.write(dir, fixture());
        BuildOptions options = new BuildOptions(site.root(), Optional.empty(), false, Optional.of(BASE), 2);
        LiveSite live = new LiveSite(options, POOL);
        live.buildAll();
        Path file = site.root().resolve(switch (mistake) {
            case "nested quotes" -> "content/pledges/p1.en.md";
            case "figure too large" -> "content/data/metrics/m.yml";
            default -> "themes/wecare/layouts/pledge.ftlh";
        });
        String original = Files.readString(file);
        String broken = switch (mistake) {
            case "nested quotes" -> original + "\n" + "> ".repeat(60_000) + "deep\n";
            case "figure too large" -> original.replaceFirst("value: \\d+", "value: 1e300");
            case "macro calling itself" -> "<#macro loop><@loop/></#macro><@loop/>\n";
            default -> "<p>x</p>\n<#include \"pledge.ftlh\">\n";
        };
        Files.writeString(file, broken);
        live.deferPending(live.update(Set.of(file)));
        assertTrue(live.broken(), mistake + ": the preview shows the error");
        assertTrue(live.problems().stream().anyMatch(p -> p.pos().file().equals(site.root().relativize(file).toString())),
                mistake + ": the problem names the saved file: " + formatted(live.problems()));

        Files.writeString(file, original);
        live.deferPending(live.update(Set.of(file)));
        assertSame(live, options, "the save after " + mistake);
    }

    private static void assertSame(LiveSite live, BuildOptions options, String when) {
        LiveSite clean = new LiveSite(options, POOL);
        clean.buildAll();
        assertEquals(formatted(clean.problems()), formatted(live.problems()), when + ": the same problems");
        assertEquals(clean.broken(), live.broken(), when + ": both build, or both have errors");
        if (clean.broken()) {
            return;
        }
        MemoryOutput expected = clean.output();
        assertEquals(new TreeSet<>(expected.paths()), new TreeSet<>(live.output().paths()), when + ": the same files");
        for (String path : new TreeSet<>(expected.paths())) {
            String want = new String(expected.read(path).orElseThrow(), StandardCharsets.UTF_8);
            // As the preview serves it: a file a save left unwritten (search index, 404...) is written when asked for.
            String got = new String(live.read(path).orElseThrow(), StandardCharsets.UTF_8);
            assertEquals(want, got, when + ": " + path + " differs");
        }
    }

    private static List<String> formatted(List<Problem> problems) {
        return problems.stream().map(Problem::format).toList();
    }

    private record Edit(String description, Set<Path> changed) {
    }

    /** One random edit of the kinds staff make, applied to the files. */
    private static Edit edit(TestSite site, Random random) throws IOException {
        List<Path> pages = pages(site.root());
        Path page = pages.get(random.nextInt(pages.size()));
        String text = Files.readString(page);
        String name = site.root().relativize(page).toString();
        switch (random.nextInt(9)) {
            case 0 -> {
                Files.writeString(page, text.replaceFirst("(?m)^title: (.*)$", "title: \"$1 (edited)\"").replace("\"\"", "\""));
                return new Edit("title of " + name, Set.of(page));
            }
            case 1 -> {
                Files.writeString(page, text.stripTrailing() + "\n\nA new paragraph " + random.nextInt(1000) + ".\n");
                return new Edit("text of " + name, Set.of(page));
            }
            case 2 -> {
                String changed = text.contains("\nsummary:") ? text.replaceFirst("\nsummary:[^\n]*", "") : text.replaceFirst("\n---\n", "\nsummary: A summary " + random.nextInt(100) + ".\n---\n");
                Files.writeString(page, changed);
                return new Edit("summary of " + name, Set.of(page));
            }
            case 3 -> {
                if (!text.contains("\nweight:") || name.contains("_index")) {
                    return edit(site, random);
                }
                Set<Path> changed = new LinkedHashSet<>();
                int weight = random.nextInt(9) + 1;
                for (Path version : versions(page)) {
                    Files.writeString(version, Files.readString(version).replaceFirst("\nweight: \\d+", "\nweight: " + weight));
                    changed.add(version);
                }
                return new Edit("weight of " + name + " to " + weight, changed);
            }
            case 4 -> {
                Path added = site.root().resolve("content/news/item-" + random.nextInt(1000) + ".en.md");
                Files.writeString(added, "---\ntitle: News item " + random.nextInt(100) + "\ndate: 2021-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(9) + "\n---\nSee [the pledge](../pledges/p1.md).\n");
                return new Edit("added " + site.root().relativize(added), Set.of(added));
            }
            case 5 -> {
                Path english = pages.stream().filter(p -> p.toString().endsWith(".en.md") && !Files.exists(sibling(p, "fr"))).findFirst().orElse(null);
                if (english == null) {
                    return edit(site, random);
                }
                Path french = sibling(english, "fr");
                Files.writeString(french, Files.readString(english).replaceFirst("(?m)^title: (.*)$", "title: \"$1 (fr)\"").replace("\"\"", "\"")
                        .replaceFirst("\n---\n", "\nslug: " + english.getFileName().toString().replace(".en.md", "") + "-fr\n---\n"));
                return new Edit("translated " + site.root().relativize(english), Set.of(french));
            }
            case 6 -> {
                Set<Path> changed = new LinkedHashSet<>();
                boolean draft = !text.contains("\ndraft: true");
                if (name.contains("_index")) {
                    return edit(site, random);
                }
                Files.writeString(page, draft ? text.replaceFirst("\n---\n", "\ndraft: true\n---\n") : text.replace("\ndraft: true", ""));
                changed.add(page);
                return new Edit((draft ? "drafted " : "published ") + name, changed);
            }
            case 7 -> {
                if (!name.startsWith("content/news/item")) {
                    return edit(site, random);
                }
                Path renamed = page.resolveSibling("renamed-" + random.nextInt(1000) + ".en.md");
                Files.move(page, renamed);
                return new Edit("renamed " + name, Set.of(page, renamed));
            }
            default -> {
                if (!name.endsWith(".fr.md") && !name.startsWith("content/news/item")) {
                    return edit(site, random);
                }
                Files.delete(page);
                return new Edit("deleted " + name, Set.of(page));
            }
        }
    }

    private static Path sibling(Path page, String lang) {
        return page.resolveSibling(page.getFileName().toString().replaceFirst("\\.[a-z]{2}\\.md$", "." + lang + ".md"));
    }

    private static List<Path> versions(Path page) {
        return Stream.of("en", "fr", "es").map(l -> sibling(page, l)).filter(Files::exists).toList();
    }

    private static List<Path> pages(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root.resolve("content"))) {
            return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    /** A small site with every content type, some pages translated, links between pages and figures. */
    private static String fixture() {
        StringBuilder files = new StringBuilder(Sites.minimal(Sites.PLEDGES_EN_FR + Sites.REPORT_2021 + Sites.REACH_FIGURES + """
                -- content/pact/people.en.md --
                ---
                title: People
                axis: people
                vision: Caring for people.
                weight: 1
                ---
                The people axis.
                -- content/undertakings/_index.en.md --
                ---
                title: Undertakings
                ---
                -- content/news/_index.en.md --
                ---
                title: News
                ---
                -- content/campaigns/_index.en.md --
                ---
                title: Campaigns
                ---
                -- content/campaigns/outreach.en.md --
                ---
                title: Outreach
                hashtags: ["#Listen2Cities"]
                metrics: [followers, impressions]
                ---
                More than {{< metric followers >}} followers.

                {{< figures followers impressions >}}
                """));
        for (int i = 1; i <= 4; i++) {
            files.append("-- content/pledges/p").append(i).append(".en.md --\n---\ntitle: Pledge ").append(i)
                    .append("\naxis: government\nweight: ").append(i).append("\n---\nThe pledge ").append(i).append(".\n");
            if (i <= 2) {
                files.append("-- content/pledges/p").append(i).append(".fr.md --\n---\ntitle: Engagement ").append(i)
                        .append("\nslug: engagement-").append(i).append("\naxis: government\nweight: ").append(i).append("\n---\nL’engagement ").append(i).append(".\n");
            }
        }
        for (int i = 1; i <= 3; i++) {
            files.append("-- content/undertakings/u").append(i).append(".en.md --\n---\ntitle: Undertaking ").append(i)
                    .append("\naxis: ").append(i == 3 ? "people" : "government").append("\nweight: ").append(i)
                    .append("\npledges: [p").append(i).append("]\n---\nServes [pledge ").append(i).append("](../pledges/p").append(i).append(".md).\n");
        }
        for (int i = 1; i <= 4; i++) {
            files.append("-- content/report/2021/c").append(i).append(".en.md --\n---\ntitle: Chapter ").append(i)
                    .append("\nyear: 2021\nweight: ").append(i).append("\nchapter: \"").append(i).append("\"\n---\n## Section\n\nSee [undertaking 1](../../undertakings/u1.md).\n");
        }
        for (int i = 1; i <= 3; i++) {
            files.append("-- content/news/n").append(i).append(".en.md --\n---\ntitle: News ").append(i)
                    .append("\ndate: 2021-1").append(i - 1).append("-0").append(i).append("\n---\nAn article.\n");
        }
        return files.toString();
    }
}
