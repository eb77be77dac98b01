package org.powerofwe.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.powerofwe.diag.Problems;

/**
 * Most pages are split into front matter and body straight from their bytes. A page split that
 * way must give what decoding the whole text and splitting it gives (the same fields, body and
 * line numbers), or a reader would see another text, or an error would point at the wrong line;
 * any other file is left to the text path, which reports what is wrong with it.
 */
class FrontMatterBytesTest {

    private static final byte[][] PIECES = {
            bytes("title: A"), bytes(" "), bytes("\n"), bytes("\n"), bytes("\n---\n"), bytes("\n---"), bytes("---"), bytes("\n--- \n"),
            bytes("\n----\n"), bytes("Café"), bytes("日本"), bytes("’\u202f«"), bytes("\r\n"), bytes("\r"), bytes("\uFFFD"), bytes("\uFEFF"),
            {(byte) 0xFF}, {(byte) 0xE6, (byte) 0x97}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x8C}};

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aSplitFromBytesIsTheSplitOfTheDecodedText() {
        Random random = new Random(1206);
        int fast = 0;
        for (int round = 0; round < 30_000; round++) {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            int start = random.nextInt(10);
            file.writeBytes(start == 0 ? bytes("\uFEFF---\n") : start == 1 ? bytes("--- \n") : start == 2 ? bytes("# Title\n") : bytes("---\n"));
            int count = random.nextInt(24);
            for (int i = 0; i < count; i++) {
                file.writeBytes(PIECES[random.nextInt(round % 4 == 0 ? PIECES.length : 12)]);
            }
            byte[] bytes = file.toByteArray();
            Optional<FrontMatter> fromBytes = FrontMatter.splitUtf8(bytes);
            if (fromBytes.isEmpty()) {
                continue;
            }
            fast++;
            Problems problems = new Problems();
            Optional<FrontMatter> fromText = TextDecoder.decode(bytes, "a.en.md", problems).flatMap(text -> FrontMatter.split(text, "a.en.md", problems));
            assertEquals(fromText, fromBytes, new String(bytes, StandardCharsets.UTF_8));
            assertEquals(0, problems.errorCount());
        }
        assertTrue(fast > 5_000, "most well-formed files are split from their bytes: " + fast);
    }

    @Test
    void aTypicalPageIsSplitFromItsBytes() {
        byte[] page = bytes("---\ntitle: Le Pacte pour le futur\nsummary: « Cités et régions »\u202f!\n---\n## Pourquoi\n\nTexte.\n");
        FrontMatter fm = FrontMatter.splitUtf8(page).orElseThrow();
        assertEquals("title: Le Pacte pour le futur\nsummary: « Cités et régions »\u202f!\n", fm.yaml());
        assertEquals("## Pourquoi\n\nTexte.\n", fm.body());
        assertEquals(5, fm.bodyLine());
    }

    @Test
    void filesTheTextPathMustReadAreLeftToIt() {
        for (String text : new String[] {"---\r\ntitle: A\r\n---\r\nBody", "\uFEFF---\ntitle: A\n---\n", "--- \ntitle: A\n---\n", "---\ntitle: A\n--- \nBody",
                "---\ntitle: A\n", "---\ntitle: \uFFFD\n---\n", "# Title\n"}) {
            assertTrue(FrontMatter.splitUtf8(bytes(text)).isEmpty(), text);
        }
        assertTrue(FrontMatter.splitUtf8(new byte[] {'-', '-', '-', '\n', 't', (byte) 0xFF, '\n', '-', '-', '-', '\n'}).isEmpty(), "bytes that are not UTF-8");
    }
}
