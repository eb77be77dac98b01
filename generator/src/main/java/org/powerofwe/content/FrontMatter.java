package org.powerofwe.content;

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

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private static boolean isFence(String text, int from, int to) {
        return text.substring(from, to).stripTrailing().equals(FENCE);
    }
}
