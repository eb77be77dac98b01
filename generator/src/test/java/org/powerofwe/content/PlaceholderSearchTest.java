package org.powerofwe.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The body placeholder is found wherever {@code site new} left it, and nowhere else: a page
 * published with it would show readers "Write the text of the page here", and a page flagged
 * without it could not be published. The fast search must answer as {@code String.contains}.
 */
class PlaceholderSearchTest {

    private static final String BODY = Placeholders.BODY;

    @Test
    void answersAsContainsAtTheEdgesAndOnNearMisses() {
        List<String> texts = List.of("", BODY, "x" + BODY, BODY + "x", "## Why\n\n" + BODY + "\n",
                BODY.substring(1), BODY.substring(0, BODY.length() - 1), BODY.substring(0, 40) + BODY,
                BODY.replace('W', 'w'), BODY.replace("page", "p\u00e2ge"), "Cités « et » régions\u202f: " + BODY,
                "Cités « et » régions\u202f: " + BODY.substring(0, 60), BODY.substring(0, BODY.length() - 1) + " " + BODY);
        for (String text : texts) {
            assertEquals(text.contains(BODY), Placeholders.holdsBody(text), text);
        }
    }

    @Test
    void answersAsContainsOnTextsMadeOfThePlaceholdersOwnPieces() {
        Random random = new Random(20261206);
        String[] pieces = {"Write", " the", " text", " of", " page", " here,", " in", " Markdown.", " Start", " sections", " with", " ##",
                " headings.", "\n", " é", "\u2019", "W", "."};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int count = random.nextInt(60);
            for (int i = 0; i < count; i++) {
                text.append(random.nextInt(400) == 0 ? BODY : pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            assertEquals(t.contains(BODY), Placeholders.holdsBody(t), t);
        }
    }
}
