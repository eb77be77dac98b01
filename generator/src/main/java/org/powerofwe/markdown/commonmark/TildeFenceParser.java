package org.powerofwe.markdown.commonmark;

import java.util.Set;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Opens a {@code ~~~} code fence whose info string holds a {@code ~} or a backtick
 * ({@code ~~~ aa ``` ~~~}, example 146), which flexmark does not read as a fence: CommonMark forbids
 * backticks only after a backtick fence. flexmark's own fence parser then reads the block.
 */
final class TildeFenceParser extends AbstractBlockParserFactory {

    private TildeFenceParser(DataHolder options) {
        super(options);
    }

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
        if (state.getIndent() >= 4) {
            return BlockStart.none();
        }
        int start = state.getNextNonSpaceIndex();
        BasedSequence line = state.getLine();
        int end = start;
        while (end < line.length() && line.charAt(end) == '~') {
            end++;
        }
        int length = end - start;
        // Fences flexmark reads itself have no '~' after the marker.
        if (length < 3 || line.subSequence(end).indexOf('~') < 0) {
            return BlockStart.none();
        }
        FencedCodeBlockParser parser = new FencedCodeBlockParser(state.getProperties(), '~', length, state.getIndent(), start);
        ((FencedCodeBlock) parser.getBlock()).setOpeningMarker(line.subSequence(start, end));
        return BlockStart.of(parser).atIndex(end);
    }

    /** Runs where flexmark's fence parser does. */
    static final class Factory implements CustomBlockParserFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(BlockQuoteParser.Factory.class, HeadingParser.Factory.class);
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return Set.of(FencedCodeBlockParser.Factory.class, HtmlBlockParser.Factory.class, ThematicBreakParser.Factory.class,
                    ListBlockParser.Factory.class, ListItemIndent.Factory.class, IndentedCodeBlockParser.Factory.class);
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new TildeFenceParser(options);
        }
    }
}
