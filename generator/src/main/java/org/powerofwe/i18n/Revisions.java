package org.powerofwe.i18n;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.powerofwe.model.Page;
import org.powerofwe.model.TypeFields;

/**
 * Names a version of a source page by a hash of its translatable text (title, summary, vision,
 * body), normalised so that re-wrapping lines or trailing spaces do not count as changes. Needs no
 * version-control history, so it works in a shallow CI clone; language-neutral fields (weight,
 * date, references) are left out: they are checked separately and never call for re-translation.
 */
public final class Revisions {

    private Revisions() {
    }

    /** The revision of a page: 12 hexadecimal characters. */
    public static String of(Page page) {
        return hash(normalisedText(page));
    }

    /** The text a translation is made from, normalised: one paragraph per block, separated by blank lines. */
    public static String normalisedText(Page page) {
        List<String> parts = new ArrayList<>();
        parts.add("title: " + collapse(page.title()));
        if (!page.summary().isBlank()) {
            parts.add("summary: " + collapse(page.summary()));
        }
        page.fieldsAs(TypeFields.Axis.class).ifPresent(a -> parts.add("vision: " + collapse(a.vision())));
        parts.addAll(paragraphs(page.body()));
        return String.join("\n\n", parts) + "\n";
    }

    /** Splits Markdown into blocks at blank lines, with whitespace inside each block collapsed. */
    public static List<String> paragraphs(String markdown) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String line : markdown.replace("\r", "").split("\n", -1)) {
            if (line.isBlank()) {
                flush(block, blocks);
            } else {
                block.append(block.length() == 0 ? "" : "\n").append(line.stripTrailing());
            }
        }
        flush(block, blocks);
        return blocks;
    }

    private static void flush(StringBuilder block, List<String> blocks) {
        if (block.length() > 0) {
            blocks.add(collapseLines(block.toString()));
            block.setLength(0);
        }
    }

    /** Joins the lines of a paragraph, but keeps list items and table rows on their own lines. */
    private static String collapseLines(String block) {
        StringBuilder out = new StringBuilder(block.length());
        for (String line : block.split("\n")) {
            String trimmed = line.strip();
            boolean structural = trimmed.startsWith("|") || isListItemOrHeading(trimmed);
            out.append(out.length() == 0 ? "" : structural ? "\n" : " ").append(collapseSpaces(trimmed));
        }
        return out.toString();
    }

    private static String collapse(String text) {
        return collapseSpaces(text.strip());
    }

    // Hand-written scans, not regular expressions: this runs on every line of every page of every
    // build (bench/run's profile put the two patterns they replace at 3 % of a build's CPU). They
    // match exactly what the patterns did; RevisionsTextTest compares them on random text.

    /** Whether a stripped line matches {@code ([-*+]|\d+[.)]|#{1,6})\s.*} (ASCII digits and spaces). */
    static boolean isListItemOrHeading(String t) {
        int n = t.length();
        if (n == 0) {
            return false;
        }
        char first = t.charAt(0);
        int i;
        if (first == '-' || first == '*' || first == '+') {
            i = 1;
        } else if (first >= '0' && first <= '9') {
            i = 1;
            while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                i++;
            }
            if (i >= n || (t.charAt(i) != '.' && t.charAt(i) != ')')) {
                return false;
            }
            i++;
        } else if (first == '#') {
            i = 1;
            while (i < n && t.charAt(i) == '#') {
                i++;
            }
            if (i > 6) {
                return false;
            }
        } else {
            return false;
        }
        if (i >= n || !isSpace(t.charAt(i))) {
            return false;
        }
        // ".*": anything but a line terminator.
        for (int j = i + 1; j < n; j++) {
            char c = t.charAt(j);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /** {@code text} with every run of {@code \s} (ASCII spaces, tabs, line breaks) made one space. */
    static String collapseSpaces(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || (i + 1 < n && isSpace(text.charAt(i + 1))))) {
                break;
            }
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n).append(text, 0, i);
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                out.append(' ');
                while (i < n && isSpace(text.charAt(i))) {
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
