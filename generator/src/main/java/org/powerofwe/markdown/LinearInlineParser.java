package org.powerofwe.markdown;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's inline parser, reading links, raw HTML, code spans and entities exactly as it does,
 * in time that grows with the paragraph instead of with its square. flexmark 0.64.8 asks each
 * regular expression match for a {@code MatchResult}, which copies the whole paragraph into a new
 * string: a 120 KB paragraph of links took half a minute, 20,000 inline tags as long. Here a match
 * reads its bounds from the matcher itself, which copies nothing. And after each link it walked
 * back through every emphasis mark of the paragraph before it to find none after the link's
 * opening bracket: a long line of emphasis and links took minutes.
 *
 * <p>flexmark takes one inline parser: the site's ({@code commonmark.SpecInlineParser}) extends this one.
 */
public class LinearInlineParser extends CommonmarkInlineParser {

    protected LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
    }

    /**
     * As flexmark's, but without the walk to the start of the paragraph when no delimiter follows
     * {@code stackBottom}: the walk finds nothing, so flexmark then does nothing either.
     */
    @Override
    public void processDelimiters(Delimiter stackBottom) {
        if (stackBottom != null && lastDelimiter == stackBottom) {
            return;
        }
        super.processDelimiters(stackBottom);
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = find(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = find(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }

    /** The matcher having found {@code re} from the current index, which moves past the match; or null. */
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }
}
