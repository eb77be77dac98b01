package org.powerofwe.markdown.commonmark;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.powerofwe.markdown.LinearInlineParser;

/**
 * flexmark's inline parser with the CommonMark 0.31 rules it misses: a destination in {@code <...>}
 * may hold spaces but no line end or unescaped {@code <} / {@code >}, and a destination that opens
 * with {@code <} must close there (examples 195, 489, 493, 494); a title must be separated from the
 * destination by white space (201); {@code <!-->}, {@code <!--->} and comments with {@code --} inside
 * are comments (625, 626), so the cleaner hides them instead of showing the text; a numeric character
 * reference has at most 7 decimal or 6 hexadecimal digits (28); link labels match whatever the case
 * of their letters, {@code ẞ} as {@code SS} included (540).
 */
final class SpecInlineParser extends LinearInlineParser {

    /** The input in which no comment closer {@code -->} follows {@link #noCommentEndFrom}, so a run of unclosed comments stays linear. */
    private BasedSequence scannedInput;
    private int noCommentEndFrom = Integer.MAX_VALUE;

    SpecInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters, Map<Character, DelimiterProcessor> delimiterProcessors,
            LinkRefProcessorData linkRefProcessors, List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
    }

    @Override
    public void initializeDocument(Document document) {
        document.set(Parser.REFERENCES, new CaseFoldedReferences(document));
        super.initializeDocument(document);
    }

    @Override
    public BasedSequence parseLinkDestination() {
        if (peek() != '<') {
            return super.parseLinkDestination();
        }
        for (int i = index + 1; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\' && i + 1 < input.length() && isAsciiPunctuation(input.charAt(i + 1))) {
                i++;
            } else if (c == '>') {
                BasedSequence destination = input.subSequence(index, i + 1);
                index = i + 1;
                return destination;
            } else if (c == '<' || c == '\n' || c == '\r') {
                return null;
            }
        }
        return null;
    }

    @Override
    public BasedSequence parseLinkTitle() {
        if (index > 0 && index < input.length() && isTitleOpener(input.charAt(index)) && !Character.isWhitespace(input.charAt(index - 1))) {
            return null;
        }
        return super.parseLinkTitle();
    }

    @Override
    public boolean parseHtmlInline() {
        if (!startsWith("<!--")) {
            return super.parseHtmlInline();
        }
        int end;
        if (startsWith("<!-->")) {
            end = index + 5;
        } else if (startsWith("<!--->")) {
            end = index + 6;
        } else {
            int close = commentEnd(index + 4);
            if (close < 0) {
                return false;
            }
            end = close + 3;
        }
        appendNode(new HtmlInlineComment(input.subSequence(index, end)));
        index = end;
        return true;
    }

    @Override
    public boolean parseEntity() {
        int start = index;
        if (!super.parseEntity()) {
            return false;
        }
        BasedSequence entity = input.subSequence(start, index);
        boolean hex = entity.length() > 2 && (entity.charAt(2) == 'x' || entity.charAt(2) == 'X');
        int digits = entity.length() - (hex ? 4 : 3);
        if (entity.charAt(1) == '#' && digits > (hex ? 6 : 7)) {
            // Not a reference: the '&' on its own, so that the text after it is not decoded either when written out.
            block.getLastChild().unlink();
            appendNode(new HtmlEntity(input.subSequence(start, start + 1)));
            index = start + 1;
        }
        return true;
    }

    private int commentEnd(int from) {
        if (scannedInput != input) {
            scannedInput = input;
            noCommentEndFrom = Integer.MAX_VALUE;
        }
        if (from >= noCommentEndFrom) {
            return -1;
        }
        int close = input.indexOf("-->", from);
        if (close < 0) {
            noCommentEndFrom = from;
        }
        return close;
    }

    private boolean startsWith(String text) {
        return input.length() - index >= text.length() && input.subSequence(index, index + text.length()).matchChars(text);
    }

    private static boolean isTitleOpener(char c) {
        return c == '"' || c == '\'' || c == '(';
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }

    /** Creates the parser for each document. */
    static final class Factory implements InlineParserFactory {
        @Override
        public InlineParser inlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                List<InlineParserExtensionFactory> inlineParserExtensions) {
            return new SpecInlineParser(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
        }
    }
}
