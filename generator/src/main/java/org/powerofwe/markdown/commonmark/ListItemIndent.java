package org.powerofwe.markdown.commonmark;

import java.util.HashSet;
import java.util.Set;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;

/**
 * flexmark's list parser, except that a list marker indented four columns or more past where its
 * list may start is not a new item of that list: it continues the paragraph before it, or after a
 * blank line starts indented code (examples 312 and 313). flexmark made it a sibling item, so a
 * staircase of items each one space further in came out as a flat list.
 */
final class ListItemIndent implements BlockParserFactory {

    private static final int CODE_INDENT = 4;

    private final BlockParserFactory flexmark;

    private ListItemIndent(BlockParserFactory flexmark) {
        this.flexmark = flexmark;
    }

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
        if (matchedBlockParser.getBlockParser() instanceof ListBlockParser && state.getIndent() >= CODE_INDENT) {
            return BlockStart.none();
        }
        return flexmark.tryStart(state, matchedBlockParser);
    }

    /** Takes the place of flexmark's list parser (which {@code Parser.LIST_BLOCK_PARSER = false} turns off). */
    static final class Factory implements CustomBlockParserFactory {
        private final ListBlockParser.Factory flexmark = new ListBlockParser.Factory();

        @Override
        public Set<Class<?>> getAfterDependents() {
            return flexmark.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            Set<Class<?>> before = new HashSet<>(flexmark.getBeforeDependents());
            before.add(IndentedCodeBlockParser.Factory.class);
            return before;
        }

        @Override
        public boolean affectsGlobalScope() {
            return flexmark.affectsGlobalScope();
        }

        @Override
        public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
            return flexmark.getLeadInHandler(options);
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new ListItemIndent(flexmark.apply(options));
        }
    }
}
