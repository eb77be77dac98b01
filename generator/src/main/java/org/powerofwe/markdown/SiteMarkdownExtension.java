package org.powerofwe.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/** Plugs the site's shortcodes, link resolution and attributes into flexmark. */
final class SiteMarkdownExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
        // flexmark's heading parser is replaced by one as fast on long paragraphs (see extend).
        options.set(Parser.HEADING_PARSER, false);
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.customInlineParserExtensionFactory(new ShortcodeSyntax.Factory());
        parserBuilder.customBlockParserFactory(new LinearHeadingParser());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // flexmark looks for attributes embedded as a child node (which nothing here makes) among
        // all the children of the node each tag is written for: for the footnotes, written for the
        // whole page, that made 5,000 footnotes take half a minute.
        options.set(HtmlRenderer.EMBEDDED_ATTRIBUTE_PROVIDER, false);
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        rendererBuilder.nodeRendererFactory(new ShortcodeRenderer.Factory());
        rendererBuilder.nodeRendererFactory(new ImageRenderer.Factory());
        rendererBuilder.linkResolverFactory(new SiteLinkResolver.Factory());
        rendererBuilder.attributeProviderFactory(new SiteAttributes.Factory());
    }
}
