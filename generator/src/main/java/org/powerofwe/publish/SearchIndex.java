package org.powerofwe.publish;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
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
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** One searchable page. */
    public record Entry(String title, String summary, String url, String kind, String text) {
    }

    private SearchIndex() {
    }

    /** The index as JSON: {@code {"pages": [{"t", "s", "u", "k", "f"}, ...]}}. */
    public static String json(List<Entry> entries) {
        return join(entries.stream().map(SearchIndex::entry).toList());
    }

    /** One page's entry, as a JSON object. */
    public static String entry(Entry e) {
        String text = e.text().length() > MAX_TEXT ? e.text().substring(0, MAX_TEXT) : e.text();
        return "{\"t\":" + Json.quote(e.title())
                + ",\"s\":" + Json.quote(e.summary())
                + ",\"u\":" + Json.quote(e.url())
                + ",\"k\":" + Json.quote(e.kind())
                + ",\"f\":" + Json.quote(fold(e.title() + " " + e.summary() + " " + text)) + "}";
    }

    /** The index made of entries already encoded with {@link #entry}. */
    public static String join(List<String> entries) {
        int size = entries.stream().mapToInt(String::length).sum() + 2 * entries.size() + 16;
        StringBuilder out = new StringBuilder(size).append("{\"pages\":[");
        for (int i = 0; i < entries.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n").append(entries.get(i));
        }
        return out.append("\n]}\n").toString();
    }

    /** Lower case, accents removed, spaces collapsed: the form both the index and the query are compared in. */
    public static String fold(String text) {
        String folded = text.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae").replace("ß", "ss");
        folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
