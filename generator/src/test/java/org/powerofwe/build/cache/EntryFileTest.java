package org.powerofwe.build.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build reads the first part of a body entry at once and its second part (the HTML) only when a
 * page shows it, maybe much later. The second part must then come from the same write as the
 * first, whole, or a reader would see another version's text or a garbled page.
 */
class EntryFileTest {

    private static final String KEY = "0123456789abcdef";

    @TempDir
    Path dir;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A first part as read: a copy of its bytes, its length and checksum. */
    private record First(byte[] bytes, int length, long checksum) {
    }

    private static java.util.Optional<First> readFirst(Path file) {
        return EntryFile.readFirst(file, KEY, (bytes, offset, length, checksum) ->
                new First(Arrays.copyOfRange(bytes, offset, offset + length), length, checksum));
    }

    @Test
    void theSecondPartIsGivenOnlyWithTheFirstItWasWrittenWith() throws IOException {
        Path file = dir.resolve("entry.body");
        EntryFile.write(file, KEY, bytes("questions v1"), bytes("<p>v1</p>"));
        First first = readFirst(file).orElseThrow();
        assertEquals("questions v1", new String(first.bytes(), StandardCharsets.UTF_8));
        assertArrayEquals(bytes("<p>v1</p>"), EntryFile.later(file, KEY, first.length(), first.checksum()).orElseThrow());

        // Another process keeps the page's body again, asked other questions: its HTML is not this body's.
        EntryFile.write(file, KEY, bytes("questions v2"), bytes("<p>v2</p>"));
        assertTrue(EntryFile.later(file, KEY, first.length(), first.checksum()).isEmpty());

        EntryFile.write(file, KEY, bytes("questions v1"), bytes("<p>v1</p>"));
        assertArrayEquals(bytes("<p>v1</p>"), EntryFile.later(file, KEY, first.length(), first.checksum()).orElseThrow(),
                "the same body written again is the same body");
        assertTrue(EntryFile.later(file, "fedcba9876543210", first.length(), first.checksum()).isEmpty(), "another key's entry");
        assertTrue(EntryFile.read(file, KEY).isEmpty(), "an entry of two parts is not an entry of one");
    }

    @Test
    void aFirstPartLongerThanTheFirstReadingIsReadWhole() throws IOException {
        Path file = dir.resolve("long.body");
        byte[] longFirst = new byte[40_000];
        Arrays.fill(longFirst, (byte) 'q');
        longFirst[longFirst.length - 1] = 'z';
        EntryFile.write(file, KEY, longFirst, bytes("<p>html</p>"));
        assertArrayEquals(longFirst, readFirst(file).orElseThrow().bytes());
        assertArrayEquals(bytes("questions"), readFirst(writeShort()).orElseThrow().bytes(), "the next reading on the same thread is its own");
    }

    private Path writeShort() throws IOException {
        Path file = dir.resolve("short.body");
        EntryFile.write(file, KEY, bytes("questions"), bytes("<p>html</p>"));
        return file;
    }

    @Test
    void aFileCutShortGivesNoPartItCuts() throws IOException {
        Path file = dir.resolve("cut.body");
        EntryFile.write(file, KEY, bytes("questions"), bytes("<p>a long enough body</p>"));
        byte[] whole = Files.readAllBytes(file);
        First first = readFirst(file).orElseThrow();
        int firstEnd = whole.length - 8 - bytes("<p>a long enough body</p>").length - 4 - 8; // where the first part's bytes end

        Files.write(file, Arrays.copyOf(whole, whole.length - 5));
        assertTrue(readFirst(file).isPresent(), "the first part is whole");
        assertTrue(EntryFile.later(file, KEY, first.length(), first.checksum()).isEmpty(), "the second is not");

        Files.write(file, Arrays.copyOf(whole, firstEnd - 2));
        assertTrue(readFirst(file).isEmpty());

        byte[] altered = whole.clone();
        altered[firstEnd - 5]++; // a letter of "questions"
        Files.write(file, altered);
        assertTrue(readFirst(file).isEmpty(), "a changed byte fails the first part's checksum");
    }
}
