package org.powerofwe.build.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.build.BuildOptions;
import org.powerofwe.build.BuildResult;
import org.powerofwe.build.SiteBuilder;
import org.powerofwe.diag.Problems;
import org.powerofwe.testing.TestSite;
import org.powerofwe.yaml.YNode;
import org.powerofwe.yaml.YamlLimits;
import org.powerofwe.yaml.YamlReader;

/**
 * The front matters a build read are kept for the next process (else it parses every one again,
 * the largest part of reading a cache-warm site); only those still read are kept; a kept file that
 * is damaged is not read; and a field's problem in a page is reported at the same line and column
 * whether its front matter came from the cache or not.
 */
class FrontMatterCacheTest {

    @TempDir
    Path dir;

    private BuildResult build(TestSite site, boolean cache) {
        return new SiteBuilder().withBuildCache(cache).build(BuildOptions.of(site.root(), dir.resolve(cache ? "with-cache" : "without-cache")));
    }

    private static long pageFiles(TestSite site) throws IOException {
        try (var walk = Files.walk(site.root().resolve("content"))) {
            return walk.filter(p -> p.toString().endsWith(".md")).count();
        }
    }

    @Test
    void theFrontMattersOfTheLastBuildAreKeptAndOnlyThose() throws IOException {
        TestSite site = BuildCacheTest.writeFixture(dir);
        Path folder = site.root().resolve(".cache/build");
        assertEquals(0, FrontMatterCache.open(folder).size());
        assertTrue(build(site, true).published());
        assertEquals(pageFiles(site), FrontMatterCache.open(folder).size(), "one per page file");
        site.delete("content/news/budget.en.md");
        assertTrue(build(site, true).published());
        assertEquals(pageFiles(site), FrontMatterCache.open(folder).size(), "the deleted page's is gone");
        assertTrue(build(site, false).published());
        BuildCacheTest.assertSameFiles(dir.resolve("without-cache"), dir.resolve("with-cache"), "front matters from the cache");
    }

    @Test
    void aProblemInAFieldIsReportedAtTheSamePlaceFromTheCache() {
        TestSite site = BuildCacheTest.writeFixture(dir);
        assertTrue(build(site, true).published());
        // A field of the wrong type in a front matter the cache holds in its previous form, then in this one.
        BuildCacheTest.replace(site, "content/pledges/p1.en.md", "weight: 1", "weight: many");
        List<String> fresh = BuildCacheTest.formatted(build(site, false));
        assertFalse(fresh.isEmpty());
        assertEquals(fresh, BuildCacheTest.formatted(build(site, true)), "its front matter parsed");
        assertEquals(fresh, BuildCacheTest.formatted(build(site, true)), "its front matter from the cache");
    }

    @Test
    void aKeptFileThatIsDamagedIsNotRead() throws IOException {
        Problems problems = new Problems();
        YNode tree = YamlReader.read("title: Un titre\nweight: 2\n", "", 0, YamlLimits.FRONT_MATTER, problems).orElseThrow();
        String text = "title: Un titre\nweight: 2\n";
        byte[] payload = FrontMatterCache.encode(Map.of(text, FrontMatterCache.encode(tree)));
        assertEquals(1, FrontMatterCache.decode(payload).orElseThrow().size());
        assertTrue(FrontMatterCache.decode(Arrays.copyOf(payload, payload.length - 1)).isEmpty(), "cut short");
        assertTrue(FrontMatterCache.decode(Arrays.copyOf(payload, payload.length + 4)).isEmpty(), "bytes after the end");
        Path folder = dir.resolve("cache");
        Files.createDirectories(folder);
        EntryFile.write(folder.resolve("front-matter.index"), FrontMatterCache.open(folder).key(), payload);
        FrontMatterCache cache = FrontMatterCache.open(folder);
        assertEquals(Optional.of(YamlReader.read("title: Un titre\nweight: 2\n", "content/a.en.md", 2, YamlLimits.FRONT_MATTER, new Problems()).orElseThrow()),
                cache.recall(text, YamlLimits.FRONT_MATTER, "content/a.en.md", 2), "an intact entry gives the tree back");
        // The count, the text's length and bytes, the tree's length, then the root's kind: made one that does not exist.
        byte[] unknown = payload.clone();
        unknown[4 + 4 + text.length() + 4 + 3] = 9;
        EntryFile.write(folder.resolve("front-matter.index"), cache.key(), unknown);
        assertTrue(FrontMatterCache.open(folder).recall(text, YamlLimits.FRONT_MATTER, "", 0).isEmpty(), "an unknown kind of value is parsed again");
        Files.write(folder.resolve("front-matter.index"), payload);
        assertEquals(0, FrontMatterCache.open(folder).size(), "a file not written as an entry (no checksum) is not read");
    }
}
