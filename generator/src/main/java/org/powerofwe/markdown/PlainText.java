package org.powerofwe.markdown;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.util.ast.DoNotCollectText;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The text of a node as flexmark's {@code TextCollectingVisitor} gives it (the same characters:
 * paragraphs apart by a blank line, entities decoded, table separators left out), in time that
 * grows with the text. flexmark 0.64.8's collector grows its list of pieces by one slot at a time,
 * copying the list each time: the text of a paragraph of 17,000 links took seconds.
 */
final class PlainText {

    private final StringBuilder out = new StringBuilder();

    private PlainText() {
    }

    static String of(Node node) {
        PlainText text = new PlainText();
        text.collect(node);
        return text.out.toString();
    }

    /** As the flexmark visitor: a handler for these exact classes, any other node is read through its children. */
    private void collect(Node node) {
        Class<?> type = node.getClass();
        if (type == Text.class) {
            if (!node.isOrDescendantOfType(DoNotCollectText.class)) {
                out.append(node.getChars());
            }
        } else if (type == TextBase.class || type == SoftLineBreak.class) {
            out.append(node.getChars());
        } else if (type == HtmlEntity.class) {
            out.append(node.getChars().unescape());
        } else if (type == HardLineBreak.class) {
            BasedSequence chars = node.getChars();
            out.append(chars.subSequence(chars.length() - 1, chars.length()));
        } else if (type == Paragraph.class) {
            if (!node.isOrDescendantOfType(DoNotCollectText.class)) {
                if (!out.isEmpty()) {
                    out.append("\n\n");
                }
                collectChildren(node);
            }
        } else {
            collectChildren(node);
        }
    }

    private void collectChildren(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            collect(child);
            child = next;
        }
    }
}
