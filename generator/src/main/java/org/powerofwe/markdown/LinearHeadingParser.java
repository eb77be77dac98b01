package org.powerofwe.markdown;

import java.util.List;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's heading parser, reading {@code #} and underlined headings exactly as it does, in time
 * that grows with the page instead of with the square of a paragraph's lines. flexmark 0.64.8
 * asks for the whole paragraph so far on every line that does not start with a letter, only to
 * know whether there is a paragraph (an underline makes it a heading): a table of 4,000 rows or a
 * list of 4,000 link definitions took seconds. Here the answer costs nothing.
 */
final class LinearHeadingParser extends HeadingParser.Factory {

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory headings = super.apply(options);
        return (state, matched) -> headings.tryStart(state, new ParagraphPresence(matched));
    }

    /** The open block, telling whether it is a paragraph without putting the paragraph's lines together. */
    private record ParagraphPresence(MatchedBlockParser matched) implements MatchedBlockParser {

        @Override
        public BlockParser getBlockParser() {
            return matched.getBlockParser();
        }

        /** Non-null when a paragraph is open: all flexmark's heading parser reads of it. */
        @Override
        public BasedSequence getParagraphContent() {
            return matched.getBlockParser().isParagraphParser() ? BasedSequence.NULL : null;
        }

        @Override
        public List<BasedSequence> getParagraphLines() {
            return matched.getParagraphLines();
        }

        @Override
        public List<Integer> getParagraphEolLengths() {
            return matched.getParagraphEolLengths();
        }

        @Override
        public MutableDataHolder getParagraphDataHolder() {
            return matched.getParagraphDataHolder();
        }
    }
}
