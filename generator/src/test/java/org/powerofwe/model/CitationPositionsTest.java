package org.powerofwe.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.powerofwe.diag.Problem;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.SourcePos;

/**
 * A translation whose figure citations differ from the English page's is reported at the line
 * and column of the first differing citation in the translated file, wherever it stands: on the
 * body's first line, at its very end, several on one line, after Windows line ends or characters
 * outside the Basic Multilingual Plane. Compared with a position counted character by character.
 * A citation's figure ids do not depend on how its arguments are spaced.
 */
class CitationPositionsTest {

    private static final String FILE = "content/campaigns/climate.fr.md";
    private static final int BODY_LINE = 6;
    private static final String[] PROSE = {"Les villes agissent. ", "\n", "\r\n", "\n\n", "é", "日本", "\uD83C\uDF0D", " ", "{", "{{ x }}", "x", "\t"};

    @Test
    void aDifferingCitationIsReportedWhereItStandsInTheTranslation() {
        Random random = new Random(20261206);
        int compared = 0;
        for (int round = 0; round < 400; round++) {
            List<String> ids = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            String body = body(random, ids, starts);
            for (int differing = 0; differing < ids.size(); differing++) {
                List<String> sourceIds = new ArrayList<>(ids);
                sourceIds.set(differing, "other");
                assertEquals(reference(body, starts.get(differing)), reportedAt(sourceIds, body), body);
                compared++;
            }
            for (int cited = 0; cited < ids.size(); cited++) {
                // the English page cites fewer figures: the first extra citation of the translation is pointed at
                assertEquals(reference(body, starts.get(cited)), reportedAt(ids.subList(0, cited), body), body);
                compared++;
            }
        }
        assertEquals(true, compared > 1000, "enough citations compared: " + compared);
    }

    @Test
    void otherShortcodesBetweenCitationsAreSkippedNotCited() {
        // A chart's shortcode, an unfinished one and a citation whose arguments hold another opening.
        String body = "{{< chart sales >}} Les villes {{<  {{< metric a >}}\n{{< figures b {{< metric c >}} {{< metric d >}}";
        assertEquals(new SourcePos(FILE, BODY_LINE, 37), reportedAt(List.of("x", "b {{< metric c", "d"), body));
        assertEquals(new SourcePos(FILE, BODY_LINE + 1, 1), reportedAt(List.of("a", "x", "d"), body));
        assertEquals(new SourcePos(FILE, BODY_LINE + 1, 32), reportedAt(List.of("a", "b {{< metric c", "x"), body));
    }

    @Test
    void aCitationOnTheFirstLineAfterAWindowsLineEndAndAnEmojiIsAtItsOwnColumn() {
        String body = "{{< metric a >}} \uD83C\uDF0D {{< figures b c >}}\r\nLes villes {{< metric d >}}";
        assertEquals(new SourcePos(FILE, BODY_LINE, 1), reportedAt(List.of("x", "b c", "d"), body));
        assertEquals(new SourcePos(FILE, BODY_LINE, 21), reportedAt(List.of("a", "x", "d"), body));
        assertEquals(new SourcePos(FILE, BODY_LINE + 1, 12), reportedAt(List.of("a", "b c", "x"), body));
    }

    @Test
    void theIdsOfACitationAreItsArgumentsWithEveryRunOfSpacesMadeOneSpace() {
        Random random = new Random(6122026);
        String[] parts = {"a", "b", "words", "=x", " ", "  ", "\t", "\n", "\r", "\u000B", "\f", "\u00A0", "\u2028", "\u0085", "\u001F", "\u3000"};
        int unchanged = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder arguments = new StringBuilder();
            int length = random.nextInt(7);
            for (int i = 0; i < length; i++) {
                arguments.append(parts[random.nextInt(parts.length)]);
            }
            String args = arguments.toString();
            String normalised = java.util.regex.Pattern.compile("\\s+").matcher(args.trim()).replaceAll(" ");
            int space = normalised.indexOf(' ');
            assertEquals(normalised, TranslationConsistency.citedIds("figures", args), () -> "figures " + args.codePoints().boxed().toList());
            assertEquals(space > 0 ? normalised.substring(0, space) : normalised, TranslationConsistency.citedIds("metric", args),
                    () -> "metric " + args.codePoints().boxed().toList());
            unchanged += normalised.equals(args.trim()) ? 1 : 0;
        }
        assertEquals(true, unchanged > 1000, "enough arguments already single-spaced: " + unchanged);
    }

    @Test
    void aTranslationCitingWhatTheEnglishPageCitesIsNotReportedHoweverItsShortcodesAreWritten() {
        // The English page is written from a reading of the translation by the shortcode pattern
        // as it long was (arguments up to optional spaces before >}}, taken lazily): the check must
        // read the same citations in the translation, or it would report a difference.
        Pattern reference = Pattern.compile("\\{\\{<\\s*(metric|figures)\\s+([^>]*?)\\s*>}}");
        String[] spaces = {"", " ", "  ", "\t", "\n", " \r\n "};
        String[] names = {"metric", "figures", "metrics", "figure", "youtube"};
        String[] arguments = {"a", "b-1", "=x", "words", "\u00A0", "\u001F", "é", "}}", "{{<", "<", " ", "  ", "\t", "\n"};
        String[] ends = {">}}", ">}}", ">}}", ">}", ">", "}}", ""};
        Random random = new Random(7);
        int citing = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder translation = new StringBuilder();
            for (int shortcode = random.nextInt(4); shortcode >= 0; shortcode--) {
                translation.append(random.nextBoolean() ? "Text é " : "\n").append("{{<").append(pick(random, spaces)).append(pick(random, names))
                        .append(pick(random, spaces));
                for (int i = random.nextInt(5); i > 0; i--) {
                    translation.append(pick(random, arguments));
                }
                translation.append(pick(random, spaces)).append(pick(random, ends));
            }
            String body = translation.toString();
            StringBuilder english = new StringBuilder();
            boolean writable = true;
            Matcher m = reference.matcher(body);
            for (int from = body.indexOf("{{<"); from >= 0 && m.find(from); from = body.indexOf("{{<", m.end())) {
                String ids = Pattern.compile("\\s+").matcher(m.group(2).trim()).replaceAll(" ");
                int space = ids.indexOf(' ');
                String cited = m.group(1).equals("metric") && space > 0 ? ids.substring(0, space) : ids;
                writable &= cited.equals(cited.trim()); // "é\u001F" cannot be written back: trim() would read "é"
                english.append("{{< figures ").append(cited).append(" >}}\n");
            }
            if (!writable) {
                continue;
            }
            citing += english.length() > 0 ? 1 : 0;
            Problems problems = new Problems();
            new TranslationConsistency("en", problems).check(List.of(page("en", english.toString()), page("fr", body)));
            assertEquals(List.of(), problems.sorted(), () -> body.codePoints().boxed().toList() + " read as " + english);
        }
        assertEquals(true, citing > 5_000, "enough translations with citations compared: " + citing);
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** Where the consistency check reports the translation's first difference from an English page citing {@code sourceIds}. */
    private static SourcePos reportedAt(List<String> sourceIds, String translationBody) {
        StringBuilder source = new StringBuilder("Cities act.\n");
        for (String id : sourceIds) {
            source.append("{{< figures ").append(id).append(" >}}\n");
        }
        Problems problems = new Problems();
        new TranslationConsistency("en", problems).check(List.of(page("en", source.toString()), page("fr", translationBody)));
        List<Problem> found = problems.sorted();
        assertEquals(1, found.size(), () -> found.toString());
        return found.get(0).pos();
    }

    /** A body of random prose with citations; {@code ids} and {@code starts} receive each citation's ids and offset. */
    private static String body(Random random, List<String> ids, List<Integer> starts) {
        StringBuilder body = new StringBuilder();
        int citations = 1 + random.nextInt(6);
        for (int i = 0; i < citations; i++) {
            int prose = i == 0 && random.nextInt(4) == 0 ? 0 : random.nextInt(12);
            for (int j = 0; j < prose; j++) {
                body.append(PROSE[random.nextInt(PROSE.length)]);
            }
            String id = "f" + i;
            starts.add(body.length());
            ids.add(id);
            body.append(random.nextBoolean() ? "{{< figures " + id + " >}}" : "{{<metric " + id + " words>}}");
        }
        if (random.nextBoolean()) {
            body.append(PROSE[random.nextInt(PROSE.length)]);
        }
        return body.toString();
    }

    /** The position of the body's character at {@code offset}, counted one character at a time: lines end at \n. */
    private static SourcePos reference(String body, int offset) {
        int line = BODY_LINE;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (body.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourcePos(FILE, line, column);
    }

    private static Page page(String lang, String body) {
        PageKey key = PageKey.of("campaigns/climate");
        return new Page(key, lang, lang, PageType.PAGE, "content/campaigns/climate." + lang + ".md", "Climate", "", Optional.empty(),
                OptionalInt.empty(), false, Optional.empty(), List.of(), Optional.empty(), Optional.empty(), new TypeFields.None(), body,
                lang.equals("en") ? 6 : BODY_LINE, lang + "/campaigns/climate/", Map.of());
    }
}
