package org.powerofwe.markdown;

import java.util.Optional;
import java.util.Set;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import org.powerofwe.images.ImageLibrary;
import org.powerofwe.images.ResponsiveImage;

/**
 * Publishes the photos of a page body: an image from {@code content/} becomes a {@code <picture>}
 * with every published width, its size reserved ({@code width}, {@code height}) and lazy loading
 * for all but the first image a reader sees; alone in its paragraph it becomes a figure with its
 * caption. The markup is built here, escaped, and placed after sanitising (like charts), so raw
 * HTML elsewhere in the page cannot strip its attributes. Images from other sites and SVG files
 * keep flexmark's plain {@code <img>}.
 */
final class ImageRenderer implements NodeRenderer {

    private int seen;

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Image.class, (node, ctx, html) -> render(node, ctx, html, false)),
                new NodeRenderingHandler<>(ImageFigure.class, (node, ctx, html) -> render(node.image(), ctx, html, true)));
    }

    private void render(Image node, NodeRendererContext ctx, HtmlWriter html, boolean figure) {
        PageScope scope = PageScope.of(ctx.getDocument());
        Optional<String> path = scope == null ? Optional.empty() : contentPath(scope, node.getUrl().toString());
        if (path.isEmpty()) {
            renderPlain(node, ctx, html, figure);
            return;
        }
        ImageLibrary.Outcome outcome = scope.env.image(path.get()).orElse(null);
        if (outcome == null) {
            renderPlain(node, ctx, html, figure);
            return;
        }
        outcome.failure().ifPresent(f -> scope.problems.error(scope.at(node), "image '" + node.getUrl() + "': " + f.getMessage(), f.hint()));
        if (outcome.image().isEmpty()) {
            return;
        }
        boolean eager = seen++ == 0 && scope.page.cover().isEmpty();
        ResponsiveImage image = outcome.image().get();
        String alt = node.getText().toString().strip();
        scope.links.add(new LinkFact(scope.at(node), image.src(), true, alt)); // for the checks: a text alternative, a published file
        String picture = image.html(alt, ResponsiveImage.PROSE_SIZES, eager, "");
        String caption = node.getTitle().toString().strip();
        String markup = figure ? "<figure class=\"photo\">" + picture
                + (caption.isEmpty() ? "" : "<figcaption>" + ResponsiveImage.escape(caption) + "</figcaption>") + "</figure>" : picture;
        int slot = scope.figureBlocks.size();
        scope.figureBlocks.add(markup);
        if (figure) {
            html.line().raw(scope.slot(slot)).line();
        } else {
            html.raw(scope.slot(slot));
        }
    }

    private static void renderPlain(Image node, NodeRendererContext ctx, HtmlWriter html, boolean figure) {
        if (figure) {
            html.tag("p");
            ctx.render(node);
            html.tag("/p").line();
        } else {
            ctx.delegateRender();
        }
    }

    /** The image's path in content/ when it is a file there that the site processes. */
    private static Optional<String> contentPath(PageScope scope, String url) {
        if (url.isEmpty() || url.startsWith("//") || url.startsWith("#") || url.contains(":") || url.contains("?")) {
            return Optional.empty();
        }
        Optional<String> path = url.startsWith("/") ? Optional.of(url.substring(1)) : SiteLinkResolver.normalise(scope.page.key(), url);
        return path.filter(ImageLibrary::processes).filter(p -> scope.env.assetUrl(p).isPresent());
    }

    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new ImageRenderer();
        }
    }
}
