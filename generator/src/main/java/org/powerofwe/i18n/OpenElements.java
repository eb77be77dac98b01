package org.powerofwe.i18n;

import java.util.Arrays;

/**
 * The elements open at a {@link TypographyWalker}'s cursor, innermost last, each with whether its
 * text is in the page's language ("ours") and whether it is raw text (code, scripts). Kept in
 * arrays, not as a stack of records, since a page opens one per start tag.
 */
final class OpenElements {

    private String[] names = new String[32];
    private boolean[] ours = new boolean[32];
    private boolean[] raw = new boolean[32];
    /** The page itself is the outermost, never closed. */
    private int depth = 1;

    OpenElements() {
        names[0] = "";
        ours[0] = true;
    }

    boolean ours() {
        return ours[depth - 1];
    }

    boolean raw() {
        return raw[depth - 1];
    }

    void push(String name, boolean isOurs, boolean isRaw) {
        if (depth == names.length) {
            names = Arrays.copyOf(names, depth * 2);
            ours = Arrays.copyOf(ours, depth * 2);
            raw = Arrays.copyOf(raw, depth * 2);
        }
        names[depth] = name;
        ours[depth] = isOurs;
        raw[depth] = isRaw;
        depth++;
    }

    /** Closes the innermost open {@code name} and whatever it left open (unclosed {@code <p>}, {@code <li>}). */
    void close(String name) {
        while (depth > 1) {
            depth--;
            if (names[depth].equals(name)) {
                return;
            }
        }
    }
}
