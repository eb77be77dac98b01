package org.powerofwe.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.powerofwe.testing.RepoPaths;

/**
 * Search matches the folded index against the folded query (search.js folds the same way): if
 * folding changed, "cooperation" would stop finding "coopération".
 */
class SearchIndexTest {

    /** Folding as defined: ligatures spelt out, whole-text NFD, marks removed, lower case, ASCII spaces collapsed. */
    private static String reference(String text) {
        String folded = text.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae").replace("ß", "ss");
        folded = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    @Test
    void accentsLigaturesCaseAndSpacesFoldAway() {
        assertEquals("cooperation decentralisee", SearchIndex.fold("  Coopération\tdécentralisée \n"));
        assertEquals("oeuvres coeur aeterna strasse", SearchIndex.fold("Œuvres cœur Æterna Straße"));
        assertEquals("espana accion", SearchIndex.fold("España Acción"));
    }

    @Test
    void foldsEveryRealPageAsTheDefinitionSays() throws IOException {
        List<String> texts;
        try (Stream<Path> walk = Files.walk(RepoPaths.root().resolve("content"))) {
            texts = walk.filter(f -> f.toString().endsWith(".md")).sorted().map(SearchIndexTest::read).toList();
        }
        for (String text : texts) {
            assertEquals(reference(text), SearchIndex.fold(text));
        }
        for (String tricky : List.of("a \u0301 b", "\u0301x", "x\u0301 ", "İstanbul", "ǅemal", "\uD835\uDD04 ﬁ", "e\u00A0\u202Fé", "\uD800 lone", "")) {
            assertEquals(reference(tricky), SearchIndex.fold(tricky), tricky);
        }
    }

    /** The index is joined from entries kept as UTF-8: a French title must reach readers as it was written, entries in order. */
    @Test
    void theIndexJoinsEntriesAsTheyWereEncoded() {
        SearchIndex.Entry french = new SearchIndex.Entry("Coopération\u202F: l’essentiel", "Villes « solidaires »", "/fr/a/", "article", "Texte");
        SearchIndex.Entry english = new SearchIndex.Entry("Cities", "", "/en/b/", "page", "Text");
        String joined = new String(SearchIndex.join(List.of(SearchIndex.entry(french).getBytes(StandardCharsets.UTF_8),
                SearchIndex.entry(english).getBytes(StandardCharsets.UTF_8))), StandardCharsets.UTF_8);
        assertEquals("{\"pages\":[\n" + SearchIndex.entry(french) + ",\n" + SearchIndex.entry(english) + "\n]}\n", joined);
        assertEquals("{\"pages\":[\n]}\n", new String(SearchIndex.join(List.of()), StandardCharsets.UTF_8));
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
