package org.powerofwe.i18n;

import java.util.Locale;
import java.util.Set;

/**
 * Walks an HTML page and hands a language's typography rule the runs of text readers see: text
 * outside tags, code and scripts, and the attributes they see or hear ({@code alt}, {@code title},
 * {@code aria-label}, {@code placeholder}, the search page's messages) and the {@code content} of
 * description and sharing {@code <meta>} tags, so the browser tab, link previews and screen
 * readers read as the page does. Passages marked as another language ({@code lang="en"}) are
 * left alone; other attributes, entities and URLs are never touched.
 *
 * <p>Every page of a build passes through here, so the walk reads the page's characters in place
 * and copies unchanged stretches whole: it copies a run of text or an attribute's value only to
 * hand it to the rule, and a page the rule leaves as it is comes back as the same string.
 */
final class TypographyWalker {

    /** One language's rule for a run of text; {@code before} is the character that preceded it (' ' at the start). */
    interface Rule {
        String text(String run, char before);
    }

    /**
     * What a character below U+0100 means to the scans, as bits, so that each character costs one
     * look-up: one the rule may change, a tag's start, or one the reading of a tag must stop at
     * (quotes, '=', '>'). Most characters mean nothing.
     */
    private static final byte TRIGGER = 1;
    private static final byte TAG_START = 2;
    private static final byte IN_TAG = 4;

    /** Attributes whose value is text for readers, on any element (all lower case). */
    private static final String[] TEXT_ATTRIBUTES = {"alt", "title", "aria-label", "placeholder",
        "data-loading", "data-error", "data-none", "data-one", "data-many"};
    /** {@code <meta>} tags (by name or property) whose {@code content} is text for readers. */
    private static final Set<String> TEXT_META = Set.of("description", "og:title", "og:description", "og:site_name",
            "og:image:alt", "twitter:title", "twitter:description", "twitter:image:alt");

    private final String language;
    private final Rule rule;
    /** By character code, looked up for every character of a page. */
    private final byte[] kinds = new byte[256];
    /** Whether the rule may change a quote character: then a value quoted with one may hold the other. */
    private final boolean quotesTrigger;

    /**
     * A walker for pages in {@code language} (a language code such as "fr"), applying {@code rule},
     * which leaves alone any text without one of the characters {@code triggers}: such text (most
     * of a page) is copied as it is, without asking the rule.
     */
    TypographyWalker(String language, String triggers, Rule rule) {
        this.language = language;
        for (char c : triggers.toCharArray()) {
            if (c >= kinds.length || c == '<') {
                throw new IllegalArgumentException("not a possible trigger: " + c);
            }
            kinds[c] = TRIGGER;
        }
        this.quotesTrigger = kinds['"'] != 0 || kinds['\''] != 0;
        kinds['<'] = TAG_START;
        for (char c : "\"'=>".toCharArray()) {
            kinds[c] |= IN_TAG;
        }
        this.rule = rule;
    }

    /** The page with the rule applied, in one pass over it; {@code html} itself when nothing changes. */
    String apply(String html) {
        return new Walk(html).run();
    }

    /** One page's walk: its characters, the elements open at the cursor, and the changes so far. */
    private final class Walk {
        private final String html;
        private final char[] page;
        private final OpenElements open = new OpenElements();
        private StringBuilder out;
        /** Where the page has been copied to {@link #out} up to. */
        private int copied;

        /** What {@link #scanTag} found of the tag at the cursor: its end, its first " lang=", whether a value may change. */
        private int tagEnd;
        private int langAt;
        private boolean valuesMayChange;

        Walk(String html) {
            this.html = html;
            this.page = html.toCharArray();
        }

        String run() {
            char before = ' ';
            int i = 0;
            while (i < page.length) {
                if (page[i] == '<') {
                    scanTag(i);
                    // Block-level boundaries restart text (a quote at the start of a paragraph opens).
                    if (!tag(i, tagEnd)) {
                        before = ' ';
                    }
                    i = tagEnd;
                } else {
                    int end = text(i, before);
                    before = page[end - 1];
                    i = end;
                }
            }
            return out == null ? html : out.append(html, copied, page.length).toString();
        }

        /**
         * Reads the text run at {@code from} up to the next tag, applies the rule if it is ours, and
         * returns its end; {@code before} is the last character of the text before it.
         */
        private int text(int from, char before) {
            // One scan finds both the run's end and whether the rule has anything to change in it.
            // Fields read into locals: C1 would load them again at every character.
            char[] page = this.page;
            byte[] kinds = TypographyWalker.this.kinds;
            boolean trigger = false;
            int end = from;
            for (; end < page.length; end++) {
                char c = page[end];
                if (c < 256 && (kinds[c] & (TRIGGER | TAG_START)) != 0) {
                    if (c == '<') {
                        break;
                    }
                    trigger = true;
                }
            }
            if (trigger && open.ours() && !open.raw()) {
                rewrite(from, end, before);
            }
            return end;
        }

        /**
         * Reads the tag at {@code start} once for all the walk needs of it: where it ends (a quoted
         * '>' does not end it), where " lang=" first appears in it, and whether an attribute's value
         * may hold a character the rule changes. A value cannot hold its own quote, so a tag whose
         * only such characters are quotes of one kind (most tags, for English) has none to change.
         */
        private void scanTag(int start) {
            char[] page = this.page;
            byte[] kinds = TypographyWalker.this.kinds;
            boolean trigger = false;
            boolean doubleQuote = false;
            boolean singleQuote = false;
            char quote = 0;
            int lang = -1;
            int end = page.length;
            for (int i = start + 1; i < page.length; i++) {
                char c = page[i];
                int kind = c < 256 ? kinds[c] : 0;
                if (kind == 0) {
                    continue;
                }
                doubleQuote |= c == '"';
                singleQuote |= c == '\'';
                trigger |= (kind & TRIGGER) != 0 && c != '"' && c != '\'';
                if (c == '=' && lang < 0 && TagScanner.endsWith(page, start, i + 1, " lang=")) {
                    lang = i - 5;
                }
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    end = i + 1;
                    break;
                }
            }
            tagEnd = end;
            langAt = lang;
            valuesMayChange = trigger || (quotesTrigger && doubleQuote && singleQuote);
        }

        /** Tracks the tag {@code page[from, to)} and applies the rule to its attributes if ours; whether it is inline. */
        private boolean tag(int from, int to) {
            char second = from + 1 < to ? page[from + 1] : 0;
            if (second == '!' || second == '?') {
                return false;  // a comment, doctype or processing instruction
            }
            boolean closing = second == '/';
            int nameFrom = from + (closing ? 2 : 1);
            TagNames.TagName name = TagNames.read(page, nameFrom, to);
            if (closing) {
                open.close(name.name());
            } else {
                startTag(from, to, name);
            }
            return name.inline();
        }

        private void startTag(int from, int to, TagNames.TagName name) {
            boolean parentRaw = open.raw();
            // Under raw text nothing is ours whatever its lang, so the attribute need not be read.
            boolean ours = !parentRaw && inOurLanguage(langAt < 0 ? null : TagScanner.valueAt(page, langAt + 6, to), open.ours());
            boolean selfClosing = to - from >= 2 && page[to - 1] == '>' && page[to - 2] == '/';
            boolean raw = parentRaw;
            // A void or self-closing tag opens nothing: only its parent can make it raw text (<code/> is not).
            if (!name.isVoid() && !selfClosing) {
                raw |= name.raw();
                open.push(name.name(), ours, raw);
            }
            if (ours && !raw && valuesMayChange) {
                attributes(from, to);
            }
        }

        /**
         * Applies the rule to the values of the tag's attributes that readers see or hear: each
         * {@code name="value"} or {@code name='value'} after a space, read from left to right (a
         * quoted value hides what it holds).
         */
        private void attributes(int from, int to) {
            int i = from;
            while (i < to) {
                int valueEnd = isTagSpace(page[i]) ? TagScanner.quotedAttributeEnd(page, i + 1, to) : -1;
                if (valueEnd < 0) {
                    i++;
                    continue;
                }
                int nameEnd = i + 1;
                while (page[nameEnd] != '=') {
                    nameEnd++;
                }
                int valueFrom = nameEnd + 2;
                if ((isTextAttribute(i + 1, nameEnd) || isMetaContent(from, to, i + 1, nameEnd)) && hasTrigger(valueFrom, valueEnd - 1)) {
                    rewrite(valueFrom, valueEnd - 1, ' ');
                }
                i = valueEnd;
            }
        }

        private boolean isTextAttribute(int from, int to) {
            for (String name : TEXT_ATTRIBUTES) {
                if (TagScanner.equalsLowerCase(page, from, to, name)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the attribute {@code page[from, to)} is the {@code content} of a description or sharing tag. */
        private boolean isMetaContent(int tagFrom, int tagTo, int from, int to) {
            return TagScanner.equalsLowerCase(page, from, to, "content")
                    && html.regionMatches(true, tagFrom, "<meta", 0, 5) && isTextMeta(tagFrom, tagTo);
        }

        private boolean isTextMeta(int from, int to) {
            String key = TagScanner.attribute(page, from, to, " name=");
            if (key == null) {
                key = TagScanner.attribute(page, from, to, " property=");
            }
            return key != null && TEXT_META.contains(key.toLowerCase(Locale.ROOT));
        }

        private boolean hasTrigger(int from, int to) {
            for (int i = from; i < to; i++) {
                char c = page[i];
                if (c < 256 && (kinds[c] & TRIGGER) != 0) {
                    return true;
                }
            }
            return false;
        }

        /** Hands {@code page[from, to)} to the rule and puts its answer in the page's place if it differs. */
        private void rewrite(int from, int to, char before) {
            String run = html.substring(from, to);
            String changed = rule.text(run, before);
            if (changed.equals(run)) {
                return;
            }
            if (out == null) {
                out = new StringBuilder(page.length + 256);
            }
            // Appended from the string, not the char array: a copy of bytes, not a check of each character.
            out.append(html, copied, from).append(changed);
            copied = to;
        }
    }

    private boolean inOurLanguage(String lang, boolean parentOurs) {
        return lang == null ? parentOurs : lang.toLowerCase(Locale.ROOT).startsWith(language);
    }

    private static boolean isTagSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
