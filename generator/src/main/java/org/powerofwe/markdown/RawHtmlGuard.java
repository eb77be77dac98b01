package org.powerofwe.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Finds raw HTML that would make the rest of a page disappear once the page's HTML is cleaned: a
 * tag whose quote or {@code >} is missing, a comment never closed, a {@code </}, {@code <!} or
 * {@code <?} that is not a tag (browsers hide everything from it to the next {@code >}) with no
 * {@code >} after it, a {@code <script>}, {@code <style>} or {@code <textarea>} never closed
 * (browsers and the cleaner read everything after it as its content). Such a non-tag that a
 * {@code >} does end hides only the text up to it: a warning. Each is an error at its line; the broken piece is shown as text, so the
 * preview still shows the rest of the page. Scripts, styles and frames that are closed are removed
 * by the cleaner, with a warning saying so.
 */
final class RawHtmlGuard {

    /** Elements whose content is raw text: everything up to their end tag is swallowed. */
    private static final Set<String> RAW_TEXT = Set.of(
            "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext");
    /** Raw-text elements the cleaner always removes (site configuration cannot allow them). */
    private static final Set<String> NEVER_ALLOWED = Set.of("script", "style", "iframe");
    /** Raw-text elements the cleaner removes with the text they hold. */
    private static final Set<String> LOSES_CONTENT = Set.of("xmp", "noembed", "noframes");

    private final PageScope scope;
    private final List<Node> broken = new ArrayList<>();
    /** The pieces of raw HTML in order, and for each raw-text element the last piece holding its end tag. */
    private final List<Node> pieces;
    private final java.util.Map<String, Integer> lastEndTag = new java.util.HashMap<>();
    private int current;
    /** The raw-text element left open by an earlier piece of HTML, if any. */
    private String openName;
    private Node openNode;
    private int openOffset;

    private RawHtmlGuard(PageScope scope, List<Node> pieces) {
        this.scope = scope;
        this.pieces = pieces;
        for (int i = 0; i < pieces.size(); i++) {
            String lower = pieces.get(i).getChars().toString().toLowerCase(Locale.ROOT);
            for (String name : RAW_TEXT) {
                if (lower.contains("</" + name)) {
                    lastEndTag.put(name, i);
                }
            }
        }
    }

    /** Reports broken raw HTML in {@code document} and turns each broken piece into text. */
    static void inspect(Document document, PageScope scope) {
        List<Node> pieces = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlBlock || node instanceof HtmlInline || node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment) {
                pieces.add(node);
            }
        }
        RawHtmlGuard guard = new RawHtmlGuard(scope, pieces);
        for (guard.current = 0; guard.current < pieces.size(); guard.current++) {
            guard.scan(pieces.get(guard.current));
        }
        if (guard.openName != null) {
            // An end tag was seen but was not one (such as </textareas>).
            guard.reportNeverClosed(guard.openNode, guard.openOffset, guard.openName);
        }
        guard.broken.stream().distinct().forEach(RawHtmlGuard::showAsText);
        UnclosedFormatting.inspect(pieces, scope);
    }

    /**
     * Reports a raw-text element that nothing closes: every one, not only the first, since the
     * piece holding it is shown as text and what follows is read as HTML again.
     */
    private void reportNeverClosed(Node node, int offset, String name) {
        scope.problems.error(scope.lines.at(offset),
                "<" + name + "> is never closed, so everything after it would disappear from the page",
                NEVER_ALLOWED.contains(name)
                        ? "remove the <" + name + "> tag: page content cannot run scripts, styles or frames"
                        : name.equals("plaintext") ? "remove the <plaintext> tag: nothing can close it; put text to show as written in a code block"
                        : "close it with </" + name + ">, or write &lt;" + name + "> to show the tag as text");
        broken.add(node);
    }

    private void scan(Node node) {
        String text = node.getChars().toString();
        String lower = text.toLowerCase(Locale.ROOT);
        int base = node.getStartOffset();
        int i = 0;
        while (i < text.length()) {
            if (openName != null) {
                int end = indexOfEndTag(text, lower, i, openName);
                if (end < 0) {
                    return;
                }
                if (NEVER_ALLOWED.contains(openName)) {
                    scope.problems.warning(scope.lines.at(openOffset), "<" + openName + "> removed from the page",
                            "page content cannot run scripts, styles or frames; ask a developer to add what you need to the theme");
                } else if (LOSES_CONTENT.contains(openName)) {
                    scope.problems.warning(scope.lines.at(openOffset), "<" + openName + "> removed from the page with the text it holds",
                            "to show text exactly as written, put it in a code block between two ``` lines");
                }
                openName = null;
                i = end;
                continue;
            }
            int lt = text.indexOf('<', i);
            if (lt < 0 || lt + 1 >= text.length()) {
                return;
            }
            if (text.startsWith("<!--", lt)) {
                // <!--> and <!---> are empty comments, for browsers as for CommonMark 0.31.
                int close = text.startsWith("<!-->", lt) ? lt + 2 : text.startsWith("<!--->", lt) ? lt + 3 : text.indexOf("-->", lt + 4);
                if (close < 0) {
                    scope.problems.error(scope.lines.at(base + lt), "this HTML comment is never closed, so everything after it would disappear from the page",
                            "end the comment with -->");
                    broken.add(node);
                    return;
                }
                i = close + 3;
                continue;
            }
            if (hidesUpToNextGt(text, lt)) {
                int gt = text.indexOf('>', lt + 2);
                String start = "\"" + text.substring(lt, Math.min(text.length(), lt + 3)).strip() + "\" is not an HTML tag";
                String hint = "write &lt; instead of < to show the character";
                if (gt < 0) {
                    scope.problems.error(scope.lines.at(base + lt), start + ", and browsers hide everything after it up to the next '>': "
                            + "there is none, so the text after it would disappear from the page", hint);
                    broken.add(node);
                    return;
                }
                scope.problems.warning(scope.lines.at(base + lt), start + ": browsers hide the text from it to the next '>'", hint);
                i = gt + 1;
                continue;
            }
            boolean closing = text.charAt(lt + 1) == '/';
            int nameStart = closing ? lt + 2 : lt + 1;
            int nameEnd = nameStart;
            while (nameEnd < text.length() && (Character.isLetterOrDigit(text.charAt(nameEnd)) || text.charAt(nameEnd) == '-')) {
                nameEnd++;
            }
            if (nameEnd == nameStart || !Character.isLetter(text.charAt(nameStart))) {
                i = lt + 1;
                continue;
            }
            int tagEnd = endOfTag(text, nameEnd);
            if (tagEnd < 0) {
                scope.problems.error(scope.lines.at(base + lt), "this HTML tag is not closed (a quote or '>' is missing), so the text after it would disappear from the page",
                        "check the quotes around each attribute value and end the tag with >");
                broken.add(node);
                return;
            }
            String name = text.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            if (!closing && RAW_TEXT.contains(name)) {
                if (!endTagFollows(name, lower, tagEnd)) {
                    reportNeverClosed(node, base + lt, name);
                    return;
                }
                openName = name;
                openNode = node;
                openOffset = base + lt;
            }
            i = tagEnd;
        }
    }

    /** Whether an end tag of {@code name} follows {@code from} in the current piece or a later one ({@code <plaintext>} has none). */
    private boolean endTagFollows(String name, String lower, int from) {
        if (name.equals("plaintext")) {
            return false;
        }
        int last = lastEndTag.getOrDefault(name, -1);
        return last > current || last == current && lower.indexOf("</" + name, from) >= 0;
    }

    /**
     * Whether the {@code <} at {@code lt} starts what HTML calls a bogus comment or a declaration,
     * which browsers hide up to the next {@code >}: {@code <!} (other than a comment), {@code <?},
     * and {@code </} followed by anything but a letter or {@code >}.
     */
    private static boolean hidesUpToNextGt(String text, int lt) {
        char next = text.charAt(lt + 1);
        if (next == '!' || next == '?') {
            return true;
        }
        if (next != '/') {
            return false;
        }
        return lt + 2 >= text.length() || (text.charAt(lt + 2) != '>' && !Character.isLetter(text.charAt(lt + 2)));
    }

    /** The index after the {@code >} ending a tag whose name ends at {@code from}, or -1 when the text ends first. */
    private static int endOfTag(String text, int from) {
        char quote = 0;
        boolean valueNext = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (valueNext && (c == '"' || c == '\'')) {
                quote = c;
                valueNext = false;
            } else if (c == '>') {
                return i + 1;
            } else if (c == '=') {
                valueNext = true;
            } else if (!Character.isWhitespace(c)) {
                valueNext = false;
            }
        }
        return -1;
    }

    /** The index after {@code </name ...>} from {@code from}, case-insensitive, or -1. */
    private static int indexOfEndTag(String text, String lower, int from, String name) {
        int at = from;
        while ((at = lower.indexOf("</" + name, at)) >= 0) {
            int after = at + 2 + name.length();
            if (after >= text.length() || !Character.isLetterOrDigit(text.charAt(after))) {
                int gt = text.indexOf('>', after);
                return gt < 0 ? text.length() : gt + 1;
            }
            at = after;
        }
        return -1;
    }

    /** Replaces a piece of raw HTML by the same characters as text, escaped when rendered. */
    private static void showAsText(Node node) {
        Text text = new Text(node.getChars());
        if (node instanceof HtmlBlock || node instanceof HtmlCommentBlock) {
            Paragraph paragraph = new Paragraph(node.getChars());
            paragraph.appendChild(text);
            node.insertBefore(paragraph);
        } else {
            node.insertBefore(text);
        }
        node.unlink();
    }
}
