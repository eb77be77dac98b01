package org.powerofwe.publish;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The search index of one language, loaded by the search page only when a reader searches: for
 * each page its title, summary, URL and kind for display, and one folded text (lower case, no
 * accents) of title, summary and body for matching, so {@code cooperation} finds
 * {@code coopération}.
 */
public final class SearchIndex {

    /** The longest body text indexed per page, to keep the index small on slow connections. */
    static final int MAX_TEXT = 6000;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** What each non-ASCII character folds to, computed once. */
    private static final Map<Integer, String> WITHOUT_MARKS = new ConcurrentHashMap<>();

    /** One searchable page. */
    public record Entry(String title, String summary, String url, String kind, String text) {
    }

    private SearchIndex() {
    }

    /** One page's entry, as a JSON object; the index is {@code {"pages": [{"t", "s", "u", "k", "f"}, ...]}} ({@link #join}). */
    public static String entry(Entry e) {
        String text = e.text().length() > MAX_TEXT ? e.text().substring(0, MAX_TEXT) : e.text();
        return "{\"t\":" + Json.quote(e.title())
                + ",\"s\":" + Json.quote(e.summary())
                + ",\"u\":" + Json.quote(e.url())
                + ",\"k\":" + Json.quote(e.kind())
                + ",\"f\":" + Json.quote(fold(e.title() + " " + e.summary() + " " + text)) + "}";
    }

    /**
     * The index, in UTF-8, made of entries already encoded with {@link #entry}, in UTF-8: the bytes
     * of tens of megabytes of entries are joined as they are, never decoded into text and encoded
     * again.
     */
    public static byte[] join(List<byte[]> entries) {
        byte[] start = "{\"pages\":[".getBytes(StandardCharsets.US_ASCII);
        byte[] end = "\n]}\n".getBytes(StandardCharsets.US_ASCII);
        int size = start.length + end.length + Math.max(0, 2 * entries.size() - 1); // "\n" before the first entry, ",\n" before the others
        for (byte[] entry : entries) {
            size += entry.length;
        }
        byte[] out = new byte[size];
        System.arraycopy(start, 0, out, 0, start.length);
        int at = start.length;
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                out[at++] = ',';
            }
            out[at++] = '\n';
            byte[] entry = entries.get(i);
            System.arraycopy(entry, 0, out, at, entry.length);
            at += entry.length;
        }
        System.arraycopy(end, 0, out, at, end.length);
        return out;
    }

    /** Lower case, accents removed, spaces collapsed: the form both the index and the query are compared in. */
    public static String fold(String text) {
        // One pass, decomposing character by character (marks removed, as whole-text NFD would do),
        // then lower case; ASCII, the bulk of the text, costs a copy.
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                space = true;
                continue;
            }
            String piece = c < 0x80 ? null : WITHOUT_MARKS.computeIfAbsent(c, SearchIndex::withoutMarks);
            if (piece != null && piece.isEmpty()) {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            if (piece == null) {
                out.append((char) c);
            } else {
                out.append(piece);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT).strip();
    }

    /** A character decomposed (NFD), without its accents and other marks; ligatures spelt out. */
    private static String withoutMarks(int c) {
        return switch (c) {
            case 'œ', 'Œ' -> "oe";
            case 'æ', 'Æ' -> "ae";
            case 'ß' -> "ss";
            default -> MARKS.matcher(Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD)).replaceAll("");
        };
    }
}
