package org.powerofwe.markdown.commonmark;

import java.util.Set;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;

/**
 * Writes code spans as CommonMark 0.31 says, where flexmark trims and collapses all their spaces:
 * line ends become spaces, one space is stripped from each end only when there is one at both ends
 * and the span is not all spaces ({@code `` ` ``} shows a backtick, {@code ` `} a space; examples
 * 138, 331, 332, 334, 336), and the spaces inside are kept as written. In a table cell, {@code \|}
 * is a pipe, as in GitHub's tables (GFM example 200).
 */
final class CodeSpanRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Code.class, CodeSpanRenderer::render));
    }

    private static void render(Code node, NodeRendererContext context, HtmlWriter html) {
        html.withAttr().tag("code");
        html.text(content(node.getText().toString(), node.getAncestorOfType(TableCell.class) != null));
        html.tag("/code");
    }

    static String content(String written, boolean inTableCell) {
        String content = written.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        if (inTableCell) {
            content = content.replace("\\|", "|");
        }
        if (content.length() >= 2 && content.charAt(0) == ' ' && content.charAt(content.length() - 1) == ' ' && !content.isBlank()) {
            content = content.substring(1, content.length() - 1);
        }
        return content;
    }

    /** Creates the renderer. */
    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new CodeSpanRenderer();
        }
    }
}
