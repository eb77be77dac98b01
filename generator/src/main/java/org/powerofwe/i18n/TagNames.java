package org.powerofwe.i18n;

import java.util.Locale;
import java.util.Set;

/**
 * Names the element a tag opens or closes, lower-cased, with what the typography walker needs to
 * know of it. The names of common elements come from a table without copying the tag, since a page
 * has hundreds of tags; any other name is read out of the tag.
 */
final class TagNames {

    /** An element's lower-case name and whether it is void, raw text (code, scripts) or inline. */
    record TagName(String name, boolean isVoid, boolean raw, boolean inline) {
    }

    /** Elements whose content is code or script, never text to change. */
    private static final Set<String> RAW = Set.of("code", "pre", "kbd", "samp", "script", "style", "textarea", "var");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");
    /** Inline elements: text goes on across them ("<em>UCLG</em>'s" is an apostrophe). */
    private static final Set<String> INLINE = Set.of("a", "em", "strong", "i", "b", "span", "abbr", "sup", "sub", "mark", "small", "cite", "q", "time");
    /** Other elements the site's pages use often enough to be worth a table entry (the SVG charts' too). */
    private static final Set<String> COMMON = Set.of("html", "head", "body", "title", "div", "p", "ul", "ol", "li", "nav",
            "header", "footer", "main", "section", "article", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "table", "caption",
            "thead", "tbody", "tr", "th", "td", "button", "form", "label", "noscript", "figure", "figcaption", "details",
            "summary", "blockquote", "dl", "dt", "dd", "svg", "g", "path", "circle", "rect", "line", "polyline", "text",
            "tspan", "desc");

    static final TagName NONE = new TagName("", false, false, false);

    /**
     * Open addressing by the lower-case name's hash code, sized to stay under a third full; each
     * entry's hash and characters kept beside it, so a tag's name is checked without a call per character.
     */
    private static final TagName[] TABLE = new TagName[256];
    private static final int[] HASHES = new int[TABLE.length];
    private static final char[][] CHARS = new char[TABLE.length][];
    /** By ASCII code: the character lower-cased if it may be part of a name (letter, digit, hyphen), else 0. */
    private static final char[] NAME_CHARS = new char[128];

    static {
        for (char c = '0'; c <= 'z'; c++) {
            NAME_CHARS[c] = Character.isLetterOrDigit(c) ? lower(c) : 0;
        }
        NAME_CHARS['-'] = '-';
        for (Set<String> names : Set.of(RAW, VOID, INLINE, COMMON)) {
            for (String name : names) {
                int slot = name.hashCode() & (TABLE.length - 1);
                while (TABLE[slot] != null) {
                    slot = (slot + 1) & (TABLE.length - 1);
                }
                TABLE[slot] = classify(name);
                HASHES[slot] = name.hashCode();
                CHARS[slot] = name.toCharArray();
            }
        }
    }

    private TagNames() {
    }

    /**
     * The name that starts at {@code from} in a tag that ends at {@code to}: its letters, digits
     * and hyphens, in any case. {@link #NONE} when there is none ("<!", "< ").
     */
    static TagName read(char[] page, int from, int to) {
        int hash = 0;
        int end = from;
        for (; end < to; end++) {
            char c = page[end];
            if (c >= 128) {
                // Unicode letters go on a name, and lower-casing may change its length or turn it into ASCII (the Kelvin sign).
                return classify(new String(page, from, TagScanner.nameEnd(page, from, to) - from).toLowerCase(Locale.ROOT));
            }
            char lower = NAME_CHARS[c];
            if (lower == 0) {
                break;
            }
            hash = 31 * hash + lower;
        }
        if (end == from) {
            return NONE;
        }
        for (int slot = hash & (TABLE.length - 1); TABLE[slot] != null; slot = (slot + 1) & (TABLE.length - 1)) {
            if (HASHES[slot] == hash && sameLowerCase(page, from, end, CHARS[slot])) {
                return TABLE[slot];
            }
        }
        return classify(new String(page, from, end - from).toLowerCase(Locale.ROOT));
    }

    private static boolean sameLowerCase(char[] page, int from, int to, char[] lowerCase) {
        if (to - from != lowerCase.length) {
            return false;
        }
        for (int i = 0; i < lowerCase.length; i++) {
            if (NAME_CHARS[page[from + i]] != lowerCase[i]) {
                return false;
            }
        }
        return true;
    }

    static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static TagName classify(String name) {
        return new TagName(name, VOID.contains(name), RAW.contains(name), INLINE.contains(name));
    }
}
