package org.powerofwe.markdown.commonmark;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Plugs into flexmark the rules of CommonMark 0.31.2 and GitHub's tables that flexmark 0.64.8
 * reads otherwise (see the classes of this package). The site's conformance test
 * ({@code SpecConformanceTest}) lists what still differs, and why.
 */
public final class SpecConformance implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private SpecConformance() {
    }

    public static SpecConformance create() {
        return new SpecConformance();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // Replaced by EmphasisDelimiters and ListItemIndent, which follow the newer rules.
        options.set(Parser.ASTERISK_DELIMITER_PROCESSOR, false);
        options.set(Parser.UNDERSCORE_DELIMITER_PROCESSOR, false);
        options.set(Parser.LIST_BLOCK_PARSER, false);
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.customInlineParserFactory(new SpecInlineParser.Factory());
        // flexmark reads link reference definitions itself only with its own inline parser.
        parserBuilder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        parserBuilder.customDelimiterProcessor(EmphasisDelimiters.asterisk());
        parserBuilder.customDelimiterProcessor(EmphasisDelimiters.underscore());
        parserBuilder.customBlockParserFactory(new ListItemIndent.Factory());
        parserBuilder.customBlockParserFactory(new TildeFenceParser.Factory());
        parserBuilder.blockPreProcessorFactory(new ReferencesBeforeUnderline.Factory());
        parserBuilder.postProcessorFactory(new TableLazyRows.Factory());
        parserBuilder.postProcessorFactory(new GfmAutolinkEnds.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // flexmark's defaults.
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        rendererBuilder.nodeRendererFactory(new CodeSpanRenderer.Factory());
        rendererBuilder.nodeRendererFactory(new EmptyTableBody.Factory());
    }
}
