package org.powerofwe.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/** Plugs the site's shortcodes, link resolution and attributes into flexmark. */
final class SiteMarkdownExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
        // Uses flexmark's defaults.
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.customInlineParserExtensionFactory(new ShortcodeSyntax.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // Uses flexmark's defaults.
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        rendererBuilder.nodeRendererFactory(new ShortcodeRenderer.Factory());
        rendererBuilder.nodeRendererFactory(new ImageRenderer.Factory());
        rendererBuilder.linkResolverFactory(new SiteLinkResolver.Factory());
        rendererBuilder.attributeProviderFactory(new SiteAttributes.Factory());
    }
}
