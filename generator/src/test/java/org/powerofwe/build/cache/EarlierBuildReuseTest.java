package org.powerofwe.build.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.build.BuildOptions;
import org.powerofwe.build.BuildResult;
import org.powerofwe.build.SiteBuilder;
import org.powerofwe.testing.TestSite;

/**
 * With the build cache, a new process makes its build folder from the build before last instead
 * of making every folder and link again: staff would notice if that were slow (the point of it),
 * and far more if the site it publishes ever differed from a fresh build's, whatever that earlier
 * folder holds by then: pages since deleted, files added or changed by hand, a folder where a page
 * must go, a link leading out of the output.
 */
class EarlierBuildReuseTest {

    @TempDir
    Path dir;

    private Path build(TestSite site, boolean cache) throws IOException {
        Path output = dir.resolve(cache ? "with-cache" : "without-cache");
        BuildResult result = new SiteBuilder().withBuildCache(cache).build(BuildOptions.of(site.root(), output));
        assertTrue(result.published(), BuildCacheTest.formatted(result).toString());
        return output.toRealPath();
    }

    private List<Path> buildFolders() throws IOException {
        try (Stream<Path> folders = Files.list(dir.resolve(".with-cache.builds"))) {
            return folders.sorted().toList();
        }
    }

    /** Builds twice with the cache and returns the first build, kept beside the published one for the next. */
    private Path keptAfterTwoBuilds(TestSite site) throws IOException {
        build(site, true);
        Path published = build(site, true);
        return buildFolders().stream().filter(f -> !f.equals(published)).findFirst().orElseThrow();
    }

    private static Object identity(Path folder) throws IOException {
        return Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    }

    @Test
    void aNewProcessBuildsIntoTheFolderOfTheBuildBeforeLast() throws IOException {
        TestSite site = BuildCacheTest.writeFixture(dir);
        Path first = build(site, true);
        Object firstFolder = identity(first);
        Path second = build(site, true);
        assertEquals(List.of(first, second), buildFolders(), "the build replaced is kept for the next one");
        BuildCacheTest.replace(site, "content/pledges/p1.en.md", "Local finance matters.", "Local finance matters more than ever.");
        Path third = build(site, true);
        // Renamed (build folders are named by time), the same folder.
        assertEquals(firstFolder, identity(third), "the third build is made in the first one's folder");
        assertEquals(List.of(second, third), buildFolders(), "two folders take turns");
        build(site, false);
        BuildCacheTest.assertSameFiles(dir.resolve("without-cache"), dir.resolve("with-cache"), "built in an earlier build's folder");
    }

    @Test
    void whateverTheEarlierFolderHoldsTheSitePublishedIsAFreshBuilds() throws IOException {
        TestSite site = BuildCacheTest.writeFixture(dir);
        Path kept = keptAfterTwoBuilds(site);
        Object keptFolder = identity(kept);
        Path outside = Files.createDirectories(dir.resolve("outside"));

        // Changed by hand in the kept folder: a file added, a folder of old pages, a list rewritten,
        // a page replaced by a folder, a section's folder replaced by a link to somewhere else.
        Files.writeString(kept.resolve("en/stray.html"), "<p>left here by hand</p>");
        Files.createDirectories(kept.resolve("en/old-section/page"));
        Files.writeString(kept.resolve("en/old-section/page/index.html"), "<p>an old page</p>");
        Files.writeString(kept.resolve("en/news/index.html"), "<p>rewritten by hand</p>");
        Files.delete(kept.resolve("en/news/youth/index.html"));
        Files.createDirectories(kept.resolve("en/news/youth/index.html/inside"));
        deleteTree(kept.resolve("fr/engagements"));
        Files.createSymbolicLink(kept.resolve("fr/engagements"), outside);
        // And in the sources: a page deleted, another edited.
        site.delete("content/news/budget.en.md");
        BuildCacheTest.replace(site, "content/pledges/p1.en.md", "Local finance matters.", "Local finance matters more than ever.");

        Path built = build(site, true);
        assertEquals(keptFolder, identity(built), "the build was made in the kept folder");
        build(site, false);
        BuildCacheTest.assertSameFiles(dir.resolve("without-cache"), dir.resolve("with-cache"), "built in a folder changed by hand");
        try (Stream<Path> written = Files.list(outside)) {
            assertEquals(0, written.count(), "nothing was written through the link out of the output");
        }
        assertFalse(Files.isSymbolicLink(built.resolve("fr/engagements")));
    }

    @Test
    void aBuildRefusedForAnErrorLeavesTheBuildBeforeLastToTheNextOne() throws IOException {
        TestSite site = BuildCacheTest.writeFixture(dir);
        Path kept = keptAfterTwoBuilds(site);
        Object keptFolder = identity(kept);
        Path published = dir.resolve("with-cache").toRealPath();
        String title = "title: First pledge";
        BuildCacheTest.replace(site, "content/pledges/p1.en.md", title, "title: [First pledge");

        // The build takes the build before last before it reads the content; the content's error stops it.
        BuildResult refused = new SiteBuilder().withBuildCache(true).build(BuildOptions.of(site.root(), dir.resolve("with-cache")));
        assertFalse(refused.published(), "a page with broken front matter stops the build");
        assertEquals(published, dir.resolve("with-cache").toRealPath(), "the site published before stays");
        assertEquals(2, buildFolders().size(), "the published build and the one before it, nothing removed: " + buildFolders());

        BuildCacheTest.replace(site, "content/pledges/p1.en.md", "title: [First pledge", title);
        Path built = build(site, true);
        assertEquals(keptFolder, identity(built), "the build after the fix is still made in the build before last");
        build(site, false);
        BuildCacheTest.assertSameFiles(dir.resolve("without-cache"), dir.resolve("with-cache"), "built after a refused build");
    }

    @Test
    void pagesReachedThroughALinkAreNotTakenAsKept() throws IOException {
        TestSite site = BuildCacheTest.writeFixture(dir);
        Path kept = keptAfterTwoBuilds(site);
        // A folder of pages nothing changes, moved out and linked back: its pages look kept, but only through the link.
        Path movedOut = dir.resolve("moved-out");
        Files.move(kept.resolve("es/compromisos"), movedOut);
        Files.createSymbolicLink(kept.resolve("es/compromisos"), movedOut);
        long movedFiles = countFiles(movedOut);

        Path built = build(site, true);
        build(site, false);
        BuildCacheTest.assertSameFiles(dir.resolve("without-cache"), dir.resolve("with-cache"), "built where a folder was a link");
        assertFalse(Files.isSymbolicLink(built.resolve("es/compromisos")));
        assertEquals(movedFiles, countFiles(movedOut), "what the link led to is left as it was");
    }

    private static long countFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
