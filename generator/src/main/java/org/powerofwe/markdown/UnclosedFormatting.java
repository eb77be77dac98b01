package org.powerofwe.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Finds a formatting tag such as {@code <b>} or {@code <em>} that its paragraph does not close:
 * browsers carry it on into every paragraph after it, so the rest of the page turns bold. A tag
 * written inside a paragraph is then shown as text, with a warning at its line; in a block of HTML
 * it is left as written, with the warning.
 */
final class UnclosedFormatting {

    /** The elements browsers reopen in the paragraphs after one left open (the "formatting elements" of HTML). */
    private static final Set<String> FORMATTING = Set.of("a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike",
            "strong", "tt", "u");
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)(?:\\s[^>]*)?(/?)>");

    private UnclosedFormatting() {
    }

    static void inspect(Iterable<Node> pieces, PageScope scope) {
        Map<Node, Deque<Open>> openByBlock = new IdentityHashMap<>();
        for (Node piece : pieces) {
            if (!(piece instanceof HtmlInline || piece instanceof HtmlBlock) || piece.getParent() == null) {
                continue;
            }
            Node block = piece instanceof HtmlBlock ? piece : piece.getParent();
            Deque<Open> open = openByBlock.computeIfAbsent(block, b -> new ArrayDeque<>());
            Matcher tag = TAG.matcher(piece.getChars());
            while (tag.find()) {
                String name = tag.group(2).toLowerCase(Locale.ROOT);
                if (!FORMATTING.contains(name) || !tag.group(3).isEmpty()) {
                    continue;
                }
                if (tag.group(1).isEmpty()) {
                    open.push(new Open(name, piece, piece.getStartOffset() + tag.start()));
                } else {
                    open.stream().filter(o -> o.name.equals(name)).findFirst().ifPresent(open::remove);
                }
            }
        }
        openByBlock.values().forEach(open -> open.forEach(o -> report(o, scope)));
    }

    private static void report(Open open, PageScope scope) {
        boolean inline = open.piece instanceof HtmlInline;
        scope.problems.warning(scope.lines.at(open.offset),
                "<" + open.name + "> is not closed " + (inline ? "in its paragraph" : "in its block of HTML")
                        + ", so browsers would apply it to the rest of the page" + (inline ? "; it is shown as text" : ""),
                "close it with </" + open.name + "> before the end of the paragraph");
        if (inline && open.piece.getParent() != null) {
            open.piece.insertBefore(new Text(open.piece.getChars()));
            open.piece.unlink();
        }
    }

    private record Open(String name, Node piece, int offset) {
    }
}
