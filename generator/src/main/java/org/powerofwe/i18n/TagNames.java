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

    /** Open addressing by the lower-case name's hash code; sized to stay under a third full. */
    private static final TagName[] TABLE = new TagName[256];

    static {
        for (Set<String> names : Set.of(RAW, VOID, INLINE, COMMON)) {
            for (String name : names) {
                int slot = name.hashCode() & (TABLE.length - 1);
                while (TABLE[slot] != null) {
                    slot = (slot + 1) & (TABLE.length - 1);
                }
                TABLE[slot] = classify(name);
            }
        }
    }

    private TagNames() {
    }

    /** The name spelled by {@code page[from, to)} in any case: letters, digits and hyphens. */
    static TagName of(char[] page, int from, int to) {
        if (from == to) {
            return NONE;
        }
        int hash = 0;
        for (int i = from; i < to; i++) {
            char c = page[i];
            if (c >= 128) {
                // Unicode lower-casing may change a name's length or turn it into ASCII (the Kelvin sign).
                return classify(new String(page, from, to - from).toLowerCase(Locale.ROOT));
            }
            hash = 31 * hash + lower(c);
        }
        for (int slot = hash & (TABLE.length - 1); TABLE[slot] != null; slot = (slot + 1) & (TABLE.length - 1)) {
            if (TagScanner.equalsLowerCase(page, from, to, TABLE[slot].name())) {
                return TABLE[slot];
            }
        }
        return classify(new String(page, from, to - from).toLowerCase(Locale.ROOT));
    }

    static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static TagName classify(String name) {
        return new TagName(name, VOID.contains(name), RAW.contains(name), INLINE.contains(name));
    }
}
