package org.powerofwe.i18n;

import java.util.Locale;

/**
 * Applies French typography to the text of an HTML page: a narrow no-break space (U+202F) before
 * {@code ; : ! ?} and inside « », so punctuation never starts a line. Reaches the attributes and
 * {@code <meta>} tags readers see or hear ({@link TypographyWalker}), so search results, the
 * browser tab and link previews read as the page does. Never touches markup, code, scripts,
 * entities, URLs, times or ratios ("10:30", "50:50"), nor passages marked as another language
 * ({@code lang="en"}).
 */
public final class FrenchTypography {

    static final char NNBSP = '\u202F';
    private static final TypographyWalker WALKER = new TypographyWalker("fr", ";:!?«»", (run, before) -> text(run));

    private FrenchTypography() {
    }

    /** Whether pages in this locale get French typography. */
    public static boolean appliesTo(Locale locale) {
        return "fr".equals(locale.getLanguage());
    }

    public static String apply(String html) {
        return WALKER.apply(html);
    }

    /** Spaces the punctuation of plain text (a search result's title or summary), as in a page. */
    public static String plainText(String text) {
        return text(text);
    }

    /**
     * Spaces punctuation in one run of text (which may contain entities such as {@code &amp;}): the
     * run itself when nothing needs a space; otherwise the stretches between punctuation are copied
     * whole, since every page's text passes through here.
     */
    static String text(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean high = (c == ';' || c == ':' || c == '!' || c == '?') && needsSpaceBefore(text, i);
            if (!high && c != '»' && c != '«') {
                continue;
            }
            out = out == null ? new StringBuilder(text.length() + 8) : out;
            out.append(text, copied, i);
            if (c == '«') {
                out.append(c);
                int j = i + 1;
                while (j < text.length() && isSpace(text.charAt(j))) {
                    j++;
                }
                out.append(NNBSP);
                i = j - 1;
            } else {
                spaceBefore(out);
                out.append(c);
            }
            copied = i + 1;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean needsSpaceBefore(String text, int i) {
        char c = text.charAt(i);
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        if (Character.isLetterOrDigit(after) || after == '/' || after == '=' || after == '&') {
            return false;
        }
        if (c == ';' && endsEntity(text, i)) {
            return false;
        }
        if (c == ':' && Character.isDigit(before) && Character.isDigit(after)) {
            return false;
        }
        if ((before == ';' || before == ':' || before == '!' || before == '?') && !(before == ';' && endsEntity(text, i - 1))) {
            return false;
        }
        return true;
    }

    private static boolean endsEntity(String text, int semicolon) {
        int j = semicolon - 1;
        while (j >= 0 && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '#')) {
            j--;
        }
        return j >= 0 && text.charAt(j) == '&' && j < semicolon - 1;
    }

    /** Turns the spaces before the cursor into one narrow no-break space, or adds one. */
    private static void spaceBefore(StringBuilder out) {
        int end = out.length();
        int start = end;
        while (start > 0 && isSpace(out.charAt(start - 1))) {
            start--;
        }
        if (start == 0 && end == 0) {
            out.append(NNBSP);
            return;
        }
        out.setLength(start);
        out.append(NNBSP);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == NNBSP || c == '\t';
    }
}
