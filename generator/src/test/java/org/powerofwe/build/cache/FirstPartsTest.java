package org.powerofwe.build.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.powerofwe.build.BuildResult;
import org.powerofwe.testing.TestSite;

/**
 * A build reads what it needs of each kept body from one pack of first parts instead of one file
 * per page (staff would notice the time it saves: a third of taking bodies from the cache), and
 * never trusts the pack further than its checks: a pack cut short, altered, or whose records are
 * not where its index says would otherwise put one page's text on another or garble it.
 */
class FirstPartsTest {

    @TempDir
    Path dir;

    private BuildResult build(TestSite site, boolean cache) {
        return BuildCacheTest.publish(dir, site, cache);
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        Path folder = root.resolve(".cache/build");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** Removes the packs of first parts of the site at {@code root}, so that a build reads the entry files alone. */
    static void deletePacks(Path root) throws IOException {
        for (Path pack : files(root, ".parts")) {
            Files.delete(pack);
        }
        for (Path index : files(root, ".index")) {
            if (index.getFileName().toString().startsWith("bodies-")) {
                Files.delete(index);
            }
        }
    }

    private static void deleteEntries(TestSite site) throws IOException {
        for (Path entry : files(site.root(), ".body")) {
            Files.delete(entry);
        }
    }

    @Test
    void aBuildTakesWhatItNeedsOfEachBodyFromThePackAlone() throws IOException {
        TestSite site = BuildCacheTest.writeFixture(dir);
        int bodies = build(site, true).cache().rendered();
        assertEquals(1, files(site.root(), ".parts").size(), "one pack for the build's configuration");
        deleteEntries(site);

        BuildResult again = build(site, true);
        assertEquals(bodies, again.cache().reused(), "every body is taken from the pack, with no entry file left: " + again.cache());
        assertEquals(0, again.cache().rendered(), again.cache().toString());
        build(site, false);
        BuildCacheTest.assertSameFiles(dir.resolve("without-cache"), dir.resolve("with-cache"), "built from the pack alone");
    }

    @Test
    void anEditAddsToThePackAndTheNextBuildFindsIt() throws IOException {
        TestSite site = BuildCacheTest.writeFixture(dir);
        int bodies = build(site, true).cache().rendered();
        Path pack = files(site.root(), ".parts").get(0);
        long before = Files.size(pack);
        BuildCacheTest.replace(site, "content/pledges/p2.en.md", "Back to", "Go back to");
        assertEquals(3, build(site, true).cache().rendered(), "the edited page's bodies are rendered");
        assertTrue(Files.size(pack) > before, "their first parts are added to the pack");

        deleteEntries(site);
        BuildResult again = build(site, true);
        assertEquals(bodies, again.cache().reused(), "the edited bodies are found in the pack too: " + again.cache());
        build(site, false);
        BuildCacheTest.assertSameFiles(dir.resolve("without-cache"), dir.resolve("with-cache"), "built from the pack after an edit");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cut short", "a letter altered in every record", "records moved", "each record under another page's key", "its index altered", "its index of another configuration", "deleted"})
    void aPackThatCannotBeTrustedIsNotUsed(String damage) throws IOException {
        TestSite site = BuildCacheTest.writeFixture(dir);
        int bodies = build(site, true).cache().rendered();
        Path pack = files(site.root(), ".parts").get(0);
        Path index = files(site.root(), ".index").stream().filter(p -> p.getFileName().toString().startsWith("bodies-")).findFirst().orElseThrow();
        List<Record> records = records(Files.readAllBytes(pack));
        assertEquals(bodies, records.size(), "a record per body");
        switch (damage) {
            case "cut short" -> Files.write(pack, java.util.Arrays.copyOf(Files.readAllBytes(pack), (int) Files.size(pack) / 2));
            case "a letter altered in every record" -> {
                byte[] bytes = Files.readAllBytes(pack);
                for (Record record : records) {
                    alterLetter(bytes, record.partStart(), record.end() - 8);
                }
                Files.write(pack, bytes);
            }
            case "records moved" -> {
                // The same records in another order: each offset the index gives now starts another page's record.
                byte[] bytes = Files.readAllBytes(pack);
                List<Record> moved = new ArrayList<>(records);
                Collections.rotate(moved, 1);
                ByteBuffer out = ByteBuffer.allocate(bytes.length);
                moved.forEach(r -> out.put(bytes, r.start(), r.end() - r.start()));
                Files.write(pack, out.array());
            }
            case "each record under another page's key" -> {
                // Whole parts, each where the index says, but each written for another page.
                byte[] bytes = Files.readAllBytes(pack);
                byte[] original = bytes.clone();
                for (int i = 0; i < records.size(); i++) {
                    Record record = records.get(i);
                    Record other = records.get((i + 1) % records.size());
                    System.arraycopy(original, other.start() + 4, bytes, record.start() + 4, record.partStart() - 4 - record.start() - 4);
                }
                Files.write(pack, bytes);
            }
            case "its index altered" -> {
                byte[] bytes = Files.readAllBytes(index);
                alterLetter(bytes, bytes.length / 2, bytes.length);
                Files.write(index, bytes);
            }
            case "its index of another configuration" -> {
                // An index kept under this configuration's name but written for another one.
                Path other = index.resolveSibling("other.index");
                EntryFile.write(other, "another configuration", EntryFile.read(index, "x").orElse(new byte[] {0, 0, 0, 0}));
                Files.move(other, index, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            case "deleted" -> Files.delete(pack);
            default -> throw new AssertionError(damage);
        }
        deleteEntries(site);

        BuildResult again = build(site, true);
        int intact = switch (damage) {
            case "cut short" -> (int) records.stream().filter(r -> r.end() <= records.get(records.size() - 1).end() / 2).count();
            default -> 0;
        };
        assertEquals(intact, again.cache().reused(), damage + ": only whole records for the very page are used: " + again.cache());
        assertEquals(bodies - intact, again.cache().rendered(), damage + ": the others are rendered again: " + again.cache());
        build(site, false);
        BuildCacheTest.assertSameFiles(dir.resolve("without-cache"), dir.resolve("with-cache"), damage);
        assertEquals(bodies, build(site, true).cache().reused(), damage + ": the pack made again is used");
    }

    /** One record of a pack: where it starts, where its part starts, where it ends. */
    private record Record(int start, int partStart, int end) {
    }

    private static List<Record> records(byte[] pack) {
        List<Record> records = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(pack);
        while (in.hasRemaining()) {
            int start = in.position();
            int keyLength = in.getInt();
            in.position(in.position() + keyLength);
            int partLength = in.getInt();
            int partStart = in.position();
            in.position(partStart + partLength + 8);
            records.add(new Record(start, partStart, in.position()));
        }
        return records;
    }

    private static void alterLetter(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] >= 'a' && bytes[i] <= 'y') {
                bytes[i]++;
                return;
            }
        }
        assertFalse(true, "no letter between " + from + " and " + to);
    }
}
