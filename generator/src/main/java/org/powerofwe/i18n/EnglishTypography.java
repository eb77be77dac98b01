package org.powerofwe.i18n;

import java.util.Locale;

/**
 * Gives English text typographic quotes and apostrophes: {@code UCLG's} becomes UCLG’s,
 * {@code "Pact"} becomes “Pact” and {@code 'local'} becomes ‘local’, in the text and in the
 * attributes and {@code <meta>} tags readers see ({@link TypographyWalker}). Code, markup, URLs
 * and passages in another language keep their straight quotes.
 */
public final class EnglishTypography {

    private static final TypographyWalker WALKER = new TypographyWalker("en", "\"'&", EnglishTypography::text);

    private EnglishTypography() {
    }

    /** Whether pages in this locale get English quotes. */
    public static boolean appliesTo(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    public static String apply(String html) {
        return WALKER.apply(html);
    }

    /** Curls the quotes of plain text (a search result's title or summary), as in a page. */
    public static String plainText(String text) {
        return text(text, ' ');
    }

    /**
     * Curls the quotes of one run of text, which may hold the entities {@code &quot;} and
     * {@code &#39;} as HTML escaping writes them; {@code before} is the character preceding the run.
     * The run itself when it has no quote to curl; otherwise the stretches between quotes are
     * copied whole, since every page's text passes through here.
     */
    static String text(String run, char before) {
        StringBuilder out = null;
        int copied = 0;
        char previous = before;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            int skip = 0;
            if (c == '&') {
                if (run.startsWith("&quot;", i)) {
                    c = '"';
                    skip = 5;
                } else if (run.startsWith("&#39;", i) || run.startsWith("&#x27;", i)) {
                    c = '\'';
                    skip = run.charAt(i + 2) == 'x' ? 5 : 4;
                }
            }
            if (c == '"' || c == '\'') {
                char next = i + skip + 1 < run.length() ? run.charAt(i + skip + 1) : ' ';
                char curly = c == '"' ? (opens(previous) ? '“' : '”') : (opens(previous) && Character.isLetter(next) ? '‘' : '’');
                out = out == null ? new StringBuilder(run.length()) : out;
                out.append(run, copied, i).append(curly);
                copied = i + skip + 1;
                c = curly;
            }
            previous = c;
            i += skip;
        }
        return out == null ? run : out.append(run, copied, run.length()).toString();
    }

    /** Whether a quote after this character opens a quotation (after a space, a bracket or a dash). */
    private static boolean opens(char previous) {
        return Character.isWhitespace(previous) || previous == '\u00A0' || "([{—–-/“‘".indexOf(previous) >= 0;
    }
}
