package org.powerofwe.markdown.commonmark;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.internal.StrikethroughDelimiterProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.delimiter.DelimiterRun;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * {@code ~~struck~~} as GitHub reads it: the opening and closing runs are two tildes each, so
 * {@code ~~~not~~~} stays text (GFM example 493), where flexmark struck any runs of two or more.
 * flexmark's strikethrough extension renders the result.
 */
public final class GfmStrikethrough implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final StrikethroughExtension flexmark = StrikethroughExtension.create();

    private GfmStrikethrough() {
    }

    public static GfmStrikethrough create() {
        return new GfmStrikethrough();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        flexmark.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.customDelimiterProcessor(new TwoTildes());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        flexmark.rendererOptions(options);
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        flexmark.extend(rendererBuilder, rendererType);
    }

    private static final class TwoTildes extends StrikethroughDelimiterProcessor {
        @Override
        public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
            return opener.length() == 2 && closer.length() == 2 ? 2 : 0;
        }
    }
}
