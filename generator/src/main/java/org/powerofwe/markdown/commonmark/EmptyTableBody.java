package org.powerofwe.markdown.commonmark;

import java.util.Set;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.util.data.DataHolder;

/** Writes no {@code <tbody>} for a table with a header only, as GitHub does (GFM example 205). */
final class EmptyTableBody implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(TableBody.class, (node, context, html) -> {
            if (node.hasChildren()) {
                context.delegateRender();
            }
        }));
    }

    /** Creates the renderer. */
    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new EmptyTableBody();
        }
    }
}
