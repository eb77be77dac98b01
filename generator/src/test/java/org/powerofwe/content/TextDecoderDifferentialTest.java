package org.powerofwe.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.powerofwe.diag.Problem;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.SourcePos;

/**
 * A page file is read as the strict UTF-8 decoder reads it: the same text when its bytes are
 * valid (a replacement character the author wrote included), the same error at the same line and
 * column when they are not, whatever the mix of line ends, byte-order marks and scripts.
 */
class TextDecoderDifferentialTest {

    private static final String FILE = "content/pledges/a.en.md";
    private static final byte[][] PIECES = {
            bytes("title"), bytes(" "), bytes("\n"), bytes("\r\n"), bytes("\r"), bytes("Café"), bytes("日本"), bytes("\uD83C\uDF0D"),
            bytes("\uFFFD"), bytes("\uFEFF"), bytes("’"), bytes("---"),
            {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xE6, (byte) 0x97}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xEF, (byte) 0xBF}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x8C}};
    private static final int VALID_PIECES = 12;

    @Test
    void decodesEveryFileAsTheStrictDecoderDoes() {
        Random random = new Random(612);
        int valid = 0;
        for (int round = 0; round < 20_000; round++) {
            byte[] file = file(random, round % 3 == 0 ? PIECES.length : VALID_PIECES);
            Problems problems = new Problems();
            Optional<String> decoded = TextDecoder.decode(file, FILE, problems);
            Problems expectedProblems = new Problems();
            Optional<String> expected = strictly(file, expectedProblems);
            assertEquals(expected, decoded);
            assertEquals(expectedProblems.sorted().stream().map(Problem::format).toList(), problems.sorted().stream().map(Problem::format).toList());
            valid += expected.isPresent() ? 1 : 0;
        }
        assertTrue(valid > 5_000 && valid < 19_000, "both valid and invalid files compared: " + valid + " valid");
    }

    @Test
    void aReplacementCharacterWrittenInThePageIsText() {
        Problems problems = new Problems();
        assertEquals(Optional.of("---\ntitle: \uFFFD\n---\n"), TextDecoder.decode(bytes("---\r\ntitle: \uFFFD\r\n---\r\n"), FILE, problems));
        assertTrue(problems.isEmpty());
    }

    @Test
    void anInvalidByteAfterAReplacementCharacterIsReportedWhereItIs() {
        Problems problems = new Problems();
        byte[] file = concat(bytes("---\ntitle: \uFFFD é\n"), new byte[] {(byte) 0xFF});
        assertEquals(Optional.empty(), TextDecoder.decode(file, FILE, problems));
        assertEquals(new SourcePos(FILE, 3, 1), problems.sorted().get(0).pos());
    }

    @Test
    void findsACarriageReturnAtAnyPlaceAmongAnyOtherBytes() {
        // Windows line ends are made \n only when the file has a carriage return: one missed would
        // leave \r in the page's text. Each length and place, around the eight-byte steps.
        byte[] neighbours = {0x0C, 0x0E, 0x1D, 0x0D ^ (byte) 0x80, (byte) 0xFF, 0x00, 0x01, 'a', (byte) 0xF2};
        Random random = new Random(12);
        int found = 0;
        for (int length = 0; length <= 40; length++) {
            for (int round = 0; round < 200; round++) {
                byte[] bytes = new byte[length];
                for (int i = 0; i < length; i++) {
                    bytes[i] = neighbours[random.nextInt(neighbours.length)];
                }
                if (length > 0 && round % 2 == 0) {
                    bytes[random.nextInt(length)] = '\r';
                }
                int start = length > 3 && round % 3 == 0 ? 3 : 0;
                boolean expected = false;
                for (int i = start; i < length; i++) {
                    expected |= bytes[i] == '\r';
                }
                assertEquals(expected, TextDecoder.hasCarriageReturn(bytes, start), () -> java.util.Arrays.toString(bytes) + " from " + start);
                found += expected ? 1 : 0;
            }
        }
        assertTrue(found > 3000, "enough files with a carriage return: " + found);
    }

    private static byte[] file(Random random, int pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (random.nextInt(4) == 0) {
            out.writeBytes(bytes("\uFEFF"));
        }
        int count = random.nextInt(12);
        for (int i = 0; i < count; i++) {
            out.writeBytes(PIECES[random.nextInt(pieces)]);
        }
        return out.toByteArray();
    }

    /** The reference: the strict decoder over the whole file, and where it stopped counted char by char. */
    private static Optional<String> strictly(byte[] bytes, Problems problems) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        String text = out.toString().replace("\r\n", "\n").replace('\r', '\n');
        if (!result.isError()) {
            return Optional.of(text);
        }
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        problems.error(new SourcePos(FILE, line, column), "this file is not valid UTF-8 text (byte 0x" + String.format("%02X", bytes[in.position()] & 0xFF) + ")",
                "save the file as UTF-8 in your editor (File > Save with encoding > UTF-8)");
        return Optional.empty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
