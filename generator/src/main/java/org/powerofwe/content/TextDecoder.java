package org.powerofwe.content;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.SourcePos;

/**
 * Decodes a file's bytes as UTF-8, refusing invalid bytes (with the line and column where they
 * start) but accepting a byte-order mark and Windows or old Mac line ends, which become {@code \n}.
 */
public final class TextDecoder {

    /** What {@link String}'s decoder writes in place of bytes that are not UTF-8. */
    static final char REPLACEMENT = '\uFFFD';
    /** Reads a file's bytes eight at a time. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long CARRIAGE_RETURNS = 0x0D0D0D0D0D0D0D0DL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private TextDecoder() {
    }

    public static Optional<String> decode(byte[] bytes, String file, Problems problems) {
        int start = hasBom(bytes) ? 3 : 0;
        // String's own decoder is many times faster and puts U+FFFD where the strict one refuses a
        // byte: a text without U+FFFD was valid. One with it (invalid, or a U+FFFD the author
        // wrote) is decoded strictly, which tells the two apart and says where the bad byte is.
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (text.indexOf(REPLACEMENT) < 0) {
            return Optional.of(hasCarriageReturn(bytes, start) ? normaliseLineEnds(text) : text);
        }
        return decodeStrictly(bytes, start, file, problems);
    }

    private static Optional<String> decodeStrictly(byte[] bytes, int start, String file, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            SourcePos pos = endOf(out, file);
            problems.error(pos, "this file is not valid UTF-8 text (byte 0x"
                            + String.format("%02X", bytes[in.position()] & 0xFF) + ")",
                    "save the file as UTF-8 in your editor (File > Save with encoding > UTF-8)");
            return Optional.empty();
        }
        return Optional.of(normaliseLineEnds(out.toString()));
    }

    static String normaliseLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * Whether the bytes from {@code start} hold a carriage return (in UTF-8, byte 0x0D is only ever
     * U+000D). Tests eight bytes at a time, several times faster than {@code text.indexOf('\r')}
     * when the JIT does not vectorise that loop (C1): XOR makes each 0x0D byte zero, and
     * {@code (x - 0x01..) & ~x & 0x80..} is non-zero exactly when some byte of x is zero.
     */
    static boolean hasCarriageReturn(byte[] bytes, int start) {
        int i = start;
        for (; i + Long.BYTES <= bytes.length; i += Long.BYTES) {
            long x = (long) LONGS.get(bytes, i) ^ CARRIAGE_RETURNS;
            if (((x - ONES) & ~x & HIGH_BITS) != 0) {
                return true;
            }
        }
        for (; i < bytes.length; i++) {
            if (bytes[i] == '\r') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static SourcePos endOf(CharBuffer decoded, String file) {
        String text = normaliseLineEnds(decoded.toString());
        int line = 1;
        int lastBreak = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lastBreak = i;
            }
        }
        return new SourcePos(file, line, text.codePointCount(lastBreak + 1, text.length()) + 1);
    }
}
