package org.powerofwe.markdown;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Makes heading anchors readers can type and share: lower-case words without accents joined by
 * {@code -} ({@code Coopération décentralisée} → {@code cooperation-decentralisee}), unique on the page.
 */
public final class HeadingIds {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Map<String, Integer> used = new HashMap<>();

    /** Returns the anchor for a heading, adding {@code -2}, {@code -3} ... when it was taken. */
    public String next(String headingText) {
        String base = slug(headingText);
        int count = used.merge(base, 1, Integer::sum);
        if (count == 1) {
            return base;
        }
        String candidate = base + "-" + count;
        while (used.containsKey(candidate)) {
            count++;
            candidate = base + "-" + count;
        }
        used.put(candidate, 1);
        used.put(base, count);
        return candidate;
    }

    /** Reserves an id that something else on the page already uses. */
    public void reserve(String id) {
        used.putIfAbsent(id, 1);
    }

    /** The anchor form of a text, before uniqueness. */
    public static String slug(String text) {
        String folded = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE").replace("ß", "ss");
        String stripped = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        String slug = SEPARATORS.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimDashes(slug);
        return slug.isEmpty() ? "section" : slug;
    }

    private static String trimDashes(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && value.charAt(start) == '-') {
            start++;
        }
        while (end > start && value.charAt(end - 1) == '-') {
            end--;
        }
        return value.substring(start, end);
    }
}
