package org.powerofwe.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Keeps pages within a depth of nesting that the parser and renderer handle: thousands of
 * {@code >} or list items inside each other made the parser slow down quadratically and then
 * stop with a StackOverflowError that named no file. Deeper nesting is an error at its line;
 * nobody reads a hundred levels of quotes or lists.
 */
final class NestingLimit {

    /** The most levels of block quotes and lists inside each other. */
    static final int MAX_DEPTH = 100;
    /** The most nodes inside each other: a list level is two (list and item), then paragraphs, emphasis, links. */
    private static final int MAX_NODE_DEPTH = 3 * MAX_DEPTH;

    private NestingLimit() {
    }

    /**
     * The offset of the first line of {@code body} that opens more than {@link #MAX_DEPTH}
     * containers, or -1. A line's depth is at most the number of quote and list markers that
     * start it plus half its indentation (a nested list item is indented at least two columns
     * more than its parent), so the scan reads only the start of each line.
     */
    static int firstTooDeepLine(String body) {
        int lineStart = 0;
        while (lineStart < body.length()) {
            if (depthAt(body, lineStart) > MAX_DEPTH) {
                return lineStart;
            }
            int next = body.indexOf('\n', lineStart);
            if (next < 0) {
                return -1;
            }
            lineStart = next + 1;
        }
        return -1;
    }

    private static int depthAt(String body, int start) {
        int i = start;
        int indent = 0;
        while (i < body.length() && (body.charAt(i) == ' ' || body.charAt(i) == '\t')) {
            indent += body.charAt(i) == '\t' ? 4 - indent % 4 : 1;
            i++;
        }
        int markers = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            int after = i + 1;
            if (c >= '0' && c <= '9') {
                while (after < body.length() && after - i < 10 && Character.isDigit(body.charAt(after))) {
                    after++;
                }
                if (after >= body.length() || (body.charAt(after) != '.' && body.charAt(after) != ')')) {
                    break;
                }
                after++;
            } else if (c != '>' && c != '-' && c != '*' && c != '+') {
                break;
            }
            if (c != '>' && after < body.length() && body.charAt(after) != ' ' && body.charAt(after) != '\t' && body.charAt(after) != '\n') {
                break;
            }
            markers++;
            i = after;
            while (i < body.length() && (body.charAt(i) == ' ' || body.charAt(i) == '\t')) {
                i++;
            }
        }
        return markers + indent / 2;
    }

    /**
     * Reports the first node nested deeper than {@link #MAX_NODE_DEPTH} (emphasis or links inside each
     * other, which the line scan does not see) and shows each such node as its text.
     */
    static void flattenTooDeep(Document document, PageScope scope) {
        boolean reported = false;
        Node node = document.getFirstChild();
        int depth = 1;
        while (node != null) {
            if (depth > MAX_NODE_DEPTH) {
                if (!reported) {
                    scope.problems.error(scope.at(node), tooDeep(), hint());
                    reported = true;
                }
                Node next = nextSkippingChildren(node);
                depth -= levelsUp(node, next);
                showAsText(node);
                node = next;
                continue;
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
            } else {
                Node next = nextSkippingChildren(node);
                depth -= levelsUp(node, next);
                node = next;
            }
        }
    }

    static String tooDeep() {
        return "quotes, lists, emphasis or links are nested here more than " + MAX_DEPTH + " levels deep; the rest of the page is not shown";
    }

    static String hint() {
        return "nest fewer levels: check for a run of '>' or of indented list markers, or brackets and '*' that are never closed";
    }

    private static Node nextSkippingChildren(Node node) {
        Node current = node;
        while (current != null && current.getNext() == null) {
            current = current.getParent();
            if (current instanceof Document) {
                return null;
            }
        }
        return current == null ? null : current.getNext();
    }

    /** How many levels up {@code next} (the node after {@code node} once its children are skipped) is. */
    private static int levelsUp(Node node, Node next) {
        if (next == null) {
            return 0;
        }
        int levels = 0;
        Node parent = node.getParent();
        while (parent != null && parent != next.getParent()) {
            parent = parent.getParent();
            levels++;
        }
        return levels;
    }

    private static void showAsText(Node node) {
        Text text = new Text(node.getChars());
        if (node instanceof Block && !(node.getParent() instanceof Paragraph)) {
            Paragraph paragraph = new Paragraph(node.getChars());
            paragraph.appendChild(text);
            node.insertBefore(paragraph);
        } else {
            node.insertBefore(text);
        }
        node.unlink();
    }
}
