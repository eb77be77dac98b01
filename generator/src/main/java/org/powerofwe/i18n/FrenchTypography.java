package org.powerofwe.i18n;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies French typography to the text of an HTML page: a narrow no-break space (U+202F) before
 * {@code ; : ! ?} and inside « », so punctuation never starts a line. Attributes readers see or
 * hear ({@code alt}, {@code title}, {@code aria-label}, {@code placeholder}, the search page's
 * messages) and the text of sharing and description {@code <meta>} tags get the same spacing, so
 * search results and link previews read as the page does. Never touches other attributes, code,
 * scripts, entities, URLs, times or ratios ("10:30", "50:50"), nor passages marked as another
 * language ({@code lang="en"}).
 */
public final class FrenchTypography {

    static final char NNBSP = '\u202F';
    private static final Set<String> RAW = Set.of("code", "pre", "kbd", "samp", "script", "style", "textarea", "var");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");
    /** Attributes whose value is text for readers, on any element. */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("alt", "title", "aria-label", "placeholder",
            "data-loading", "data-error", "data-none", "data-one", "data-many");
    /** {@code <meta>} tags (by name or property) whose {@code content} is text for readers. */
    private static final Set<String> TEXT_META = Set.of("description", "og:title", "og:description", "og:site_name",
            "og:image:alt", "twitter:title", "twitter:description", "twitter:image:alt");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\s)([A-Za-z][A-Za-z0-9:_-]*)=(\"([^\"]*)\"|'([^']*)')");

    private FrenchTypography() {
    }

    /** Whether pages in this locale get French typography. */
    public static boolean appliesTo(Locale locale) {
        return "fr".equals(locale.getLanguage());
    }

    public static String apply(String html) {
        StringBuilder out = new StringBuilder(html.length() + 256);
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame("", true, false));
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = tagEnd(html, i);
                String tag = html.substring(i, end);
                track(tag, stack);
                out.append(inFrench(tag, stack) ? attributes(tag) : tag);
                i = end;
            } else {
                int next = html.indexOf('<', i);
                int end = next < 0 ? html.length() : next;
                Frame top = stack.peek();
                out.append(top.french() && !top.raw() ? text(html.substring(i, end)) : html.substring(i, end));
                i = end;
            }
        }
        return out.toString();
    }

    /** Spaces the punctuation of plain text (a search result's title or summary), as in a page. */
    public static String plainText(String text) {
        return text(text);
    }

    /** Whether a start tag just read belongs to French text (its own lang, else its parent's). */
    private static boolean inFrench(String tag, Deque<Frame> stack) {
        if (!tag.startsWith("<") || tag.startsWith("</") || tag.startsWith("<!") || tag.startsWith("<?")) {
            return false;
        }
        String name = tagName(tag, 1);
        if (VOID.contains(name) || tag.endsWith("/>")) {
            String lang = attribute(tag, "lang");
            return lang == null ? stack.peek().french() : lang.toLowerCase(Locale.ROOT).startsWith("fr");
        }
        return stack.peek().name().equals(name) && stack.peek().french() && !stack.peek().raw();
    }

    /** The tag with French spacing in the values of its attributes that readers see or hear. */
    private static String attributes(String tag) {
        boolean textMeta = tag.regionMatches(true, 0, "<meta", 0, 5) && isTextMeta(tag);
        Matcher m = ATTRIBUTE.matcher(tag);
        StringBuilder out = new StringBuilder(tag.length() + 8);
        while (m.find()) {
            String name = m.group(2).toLowerCase(Locale.ROOT);
            boolean text = TEXT_ATTRIBUTES.contains(name) || (textMeta && name.equals("content"));
            String replacement = m.group(0);
            if (text) {
                boolean doubleQuoted = m.group(4) != null;
                String value = doubleQuoted ? m.group(4) : m.group(5);
                char quote = doubleQuoted ? '"' : '\'';
                replacement = m.group(1) + m.group(2) + "=" + quote + text(value) + quote;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean isTextMeta(String tag) {
        String key = attribute(tag, "name");
        if (key == null) {
            key = attribute(tag, "property");
        }
        return key != null && TEXT_META.contains(key.toLowerCase(Locale.ROOT));
    }

    private record Frame(String name, boolean french, boolean raw) {
    }

    private static void track(String tag, Deque<Frame> stack) {
        if (tag.startsWith("<!") || tag.startsWith("<?")) {
            return;
        }
        boolean closing = tag.startsWith("</");
        String name = tagName(tag, closing ? 2 : 1);
        if (closing) {
            while (stack.size() > 1) {
                if (stack.pop().name().equals(name)) {
                    break;
                }
            }
            return;
        }
        if (VOID.contains(name) || tag.endsWith("/>")) {
            return;
        }
        Frame parent = stack.peek();
        String lang = attribute(tag, "lang");
        boolean french = lang == null ? parent.french() : lang.toLowerCase(Locale.ROOT).startsWith("fr");
        stack.push(new Frame(name, french, parent.raw() || RAW.contains(name)));
    }

    /** Spaces punctuation in one run of text (which may contain entities such as {@code &amp;}). */
    static String text(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == ';' || c == ':' || c == '!' || c == '?') && needsSpaceBefore(text, i)) {
                spaceBefore(out);
                out.append(c);
            } else if (c == '»') {
                spaceBefore(out);
                out.append(c);
            } else if (c == '«') {
                out.append(c);
                int j = i + 1;
                while (j < text.length() && isSpace(text.charAt(j))) {
                    j++;
                }
                out.append(NNBSP);
                i = j - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
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

    private static int tagEnd(String html, int start) {
        char quote = 0;
        for (int i = start + 1; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return html.length();
    }

    private static String tagName(String tag, int from) {
        int i = from;
        while (i < tag.length() && (Character.isLetterOrDigit(tag.charAt(i)) || tag.charAt(i) == '-')) {
            i++;
        }
        return tag.substring(from, i).toLowerCase(Locale.ROOT);
    }

    private static String attribute(String tag, String name) {
        int at = tag.indexOf(" " + name + "=");
        if (at < 0) {
            return null;
        }
        int start = at + name.length() + 2;
        if (start >= tag.length()) {
            return null;
        }
        char quote = tag.charAt(start);
        if (quote == '"' || quote == '\'') {
            int end = tag.indexOf(quote, start + 1);
            return end < 0 ? null : tag.substring(start + 1, end);
        }
        int end = start;
        while (end < tag.length() && !Character.isWhitespace(tag.charAt(end)) && tag.charAt(end) != '>') {
            end++;
        }
        return tag.substring(start, end);
    }
}
