package org.powerofwe.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Revisions name a source page's version by a hash of its normalised text: if the hand-written
 * scans normalised any line differently from the regular expressions they replace, every
 * translation of the site would be reported as out of date after the upgrade.
 */
class RevisionsTextTest {

    private static final Pattern STRUCTURAL = Pattern.compile("([-*+]|\\d+[.)]|#{1,6})\\s.*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String ALPHABET = "ab1 9#-*+.)|\t\u000B\f\r\n\u00a0\u2028\u0085\u0663";

    @Test
    void scansNormaliseEveryLineExactlyAsTheRegularExpressionsDid() {
        Random random = new Random(20);
        for (int round = 0; round < 200_000; round++) {
            StringBuilder line = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                line.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = line.toString();
            String stripped = text.strip();
            assertEquals(STRUCTURAL.matcher(stripped).matches(), Revisions.isListItemOrHeading(stripped), () -> "list item or heading: " + escaped(stripped));
            assertEquals(SPACES.matcher(text).replaceAll(" "), Revisions.collapseSpaces(text), () -> "spaces: " + escaped(text));
        }
    }

    @Test
    void listItemsHeadingsAndWrappedLinesAreToldApart() {
        assertEquals(true, Revisions.isListItemOrHeading("12) twelve"));
        assertEquals(true, Revisions.isListItemOrHeading("###### six"));
        assertEquals(false, Revisions.isListItemOrHeading("####### seven"));
        assertEquals(false, Revisions.isListItemOrHeading("2021 was a year"));
        assertEquals("a b c", Revisions.collapseSpaces("a \t b\n\nc"));
    }

    private static String escaped(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
