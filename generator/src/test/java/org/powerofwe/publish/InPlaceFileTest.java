package org.powerofwe.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build made in the folder of an earlier one writes its files over the old ones when nothing
 * else shares them. Readers would get a broken page if a file the published build or the build
 * cache shares were ever written through, or if a shorter file kept the old one's tail.
 */
class InPlaceFileTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Object identity(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    }

    @Test
    void onlyAPlainFileNoOtherNameSharesIsWrittenOver() throws IOException {
        Path alone = Files.writeString(dir.resolve("alone.html"), "<p>alone</p>");
        assertTrue(InPlaceFile.sole(alone));

        Path shared = Files.writeString(dir.resolve("shared.html"), "<p>shared with the build cache</p>");
        Files.createLink(dir.resolve("cache-entry.html"), shared);
        assertFalse(InPlaceFile.sole(shared), "a file the build cache links to is replaced, never written through");

        Path link = Files.createSymbolicLink(dir.resolve("link.html"), alone);
        assertFalse(InPlaceFile.sole(link), "a link is replaced, never followed");
        assertFalse(InPlaceFile.sole(dir.resolve("missing.html")));
        assertFalse(InPlaceFile.sole(dir), "a folder is not a file");
    }

    @Test
    void theFileEndsWithExactlyTheNewBytesWhetherLongerOrShorter() throws IOException {
        Path file = Files.writeString(dir.resolve("search-index.json"), "[\"a long list of entries from the build before\"]");
        Object before = identity(file);

        InPlaceFile.write(file, bytes("[\"short\"]"));
        assertEquals("[\"short\"]", Files.readString(file), "no tail of the longer old file is left");

        byte[] large = bytes("[\"" + "entry ".repeat(40_000) + "\"]"); // several chunks
        InPlaceFile.write(file, large);
        assertArrayEquals(large, Files.readAllBytes(file));
        assertEquals(before, identity(file), "the same file, written over");
    }

    @Test
    void aFileThatHoldsTheBytesAlreadyIsLeftUntouched() throws IOException {
        byte[] sitemap = bytes("<urlset>" + "<url/>".repeat(30_000) + "</urlset>");
        Path file = Files.write(dir.resolve("sitemap.xml"), sitemap);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, old);

        InPlaceFile.write(file, sitemap.clone());
        assertEquals(old, Files.getLastModifiedTime(file), "not written: nothing changed");

        byte[] changed = sitemap.clone();
        changed[changed.length - 12] = 'x'; // in the last chunk
        InPlaceFile.write(file, changed);
        assertArrayEquals(changed, Files.readAllBytes(file));
        assertTrue(Files.getLastModifiedTime(file).compareTo(old) > 0, "written: one byte differed");
    }
}
