package org.powerofwe.content;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.SourcePos;

/**
 * Splits a page into its YAML front matter (between two {@code ---} lines at the top) and its
 * Markdown body, remembering the line each starts at.
 *
 * @param yaml      the text between the fences
 * @param yamlLine  the line of the file the YAML starts at (1-based)
 * @param body      the Markdown after the closing fence
 * @param bodyLine  the line of the file the body starts at (1-based)
 */
public record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

    private static final String FENCE = "---";

    /** Splits {@code text}; reports a missing or unclosed front matter at line 1. */
    public static Optional<FrontMatter> split(String text, String file, Problems problems) {
        if (text.isBlank()) {
            problems.error(SourcePos.file(file), "this page is empty",
                    "a page starts with front matter: ---, title: ..., --- and then its text");
            return Optional.empty();
        }
        int firstEnd = lineEnd(text, 0);
        if (!isFence(text, 0, firstEnd)) {
            problems.error(SourcePos.file(file), "a page must start with front matter between two '---' lines",
                    "add '---', 'title: ...' and '---' as the first three lines");
            return Optional.empty();
        }
        int line = 2;
        int start = Math.min(firstEnd + 1, text.length());
        int cursor = start;
        while (cursor < text.length()) {
            int end = lineEnd(text, cursor);
            if (isFence(text, cursor, end)) {
                String yaml = text.substring(start, cursor);
                int bodyStart = Math.min(end + 1, text.length());
                return Optional.of(new FrontMatter(yaml, 2, text.substring(bodyStart), line + 1));
            }
            cursor = end + 1;
            line++;
        }
        problems.error(SourcePos.file(file), "the front matter is not closed",
                "add a line with only '---' after the last field of the front matter");
        return Optional.empty();
    }

    /**
     * The same split made from a file's UTF-8 bytes, for the common file: no byte-order mark, no
     * carriage return, an opening fence of exactly {@code ---}, a closing one of exactly {@code ---}
     * before any other line that starts with it, and no byte that is not UTF-8 (nor a U+FFFD the
     * author wrote). Then the front matter and the body are decoded each on its own, and the text
     * of the whole file is never made: at 10,000 pages, that was 95 MB or more made and copied
     * again into the body. Empty for any other file, which {@link TextDecoder} and {@link #split}
     * read (and report on) as before; a file split here gives what they would have given.
     */
    static Optional<FrontMatter> splitUtf8(byte[] bytes) {
        int n = bytes.length;
        if (n < 4 || bytes[0] != '-' || bytes[1] != '-' || bytes[2] != '-' || bytes[3] != '\n' || TextDecoder.hasCarriageReturn(bytes, 0)) {
            return Optional.empty();
        }
        int line = 2;
        int cursor = 4;
        while (cursor < n) {
            int end = cursor;
            while (end < n && bytes[end] != '\n') {
                end++;
            }
            if (end - cursor >= 3 && bytes[cursor] == '-' && bytes[cursor + 1] == '-' && bytes[cursor + 2] == '-') {
                if (end - cursor > 3) {
                    return Optional.empty(); // a line that may or may not be a fence ("--- ", "----"): the text says
                }
                String yaml = new String(bytes, 4, cursor - 4, StandardCharsets.UTF_8);
                int bodyStart = Math.min(end + 1, n);
                String body = new String(bytes, bodyStart, n - bodyStart, StandardCharsets.UTF_8);
                if (yaml.indexOf(TextDecoder.REPLACEMENT) >= 0 || body.indexOf(TextDecoder.REPLACEMENT) >= 0) {
                    return Optional.empty(); // not UTF-8, or a U+FFFD written in the page: decoded strictly
                }
                return Optional.of(new FrontMatter(yaml, 2, body, line + 1));
            }
            cursor = end + 1;
            line++;
        }
        return Optional.empty(); // not closed: reported by split
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private static boolean isFence(String text, int from, int to) {
        return text.substring(from, to).stripTrailing().equals(FENCE);
    }
}
