package org.powerofwe.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.powerofwe.testing.RepoPaths;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The glossary check finds English terms left in French and Spanish pages. If the matcher missed
 * one, a translator would not be told; if it matched inside a longer word, they would be told
 * wrongly. It must find exactly what the whole-word regex it replaces finds.
 */
class WholeWordsTest {

    @Test
    void longestTermWinsAndOnlyWholeWords() {
        WholeWords words = new WholeWords(List.of("Policy Council", "Policy Council on Local Finance", "UCLG"));
        List<String> found = new ArrayList<>();
        String text = "The Policy Council on Local Finance met; UCLGs and 2UCLG are not UCLG, but (UCLG) is.";
        words.find(text, (start, end) -> found.add(start + ":" + text.substring(start, end)));
        assertEquals(List.of("4:Policy Council on Local Finance", (text.indexOf("not UCLG") + 4) + ":UCLG", (text.indexOf("(UCLG)") + 1) + ":UCLG"), found);
    }

    @Test
    void findsWhatTheWholeWordRegexFindsInEveryRealPage() throws IOException {
        List<String> texts;
        try (Stream<Path> walk = Files.walk(RepoPaths.root().resolve("content"))) {
            texts = walk.filter(f -> f.toString().endsWith(".md")).sorted().map(WholeWordsTest::read).toList();
        }
        for (String lang : List.of("fr", "es")) {
            Map<String, Object> glossary = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(read(RepoPaths.root().resolve("content/glossary/" + lang + ".yml")));
            for (String key : List.of("terms", "keep")) {
                Object value = glossary.get(key);
                List<String> words = value instanceof Map<?, ?> map ? map.keySet().stream().map(String::valueOf).toList()
                        : ((List<?>) value).stream().map(String::valueOf).toList();
                WholeWords matcher = new WholeWords(words);
                Pattern regex = regex(words);
                long total = 0;
                for (String text : texts) {
                    List<String> expected = new ArrayList<>();
                    Matcher m = regex.matcher(text);
                    while (m.find()) {
                        expected.add(m.start() + "-" + m.end());
                    }
                    List<String> actual = new ArrayList<>();
                    matcher.find(text, (start, end) -> actual.add(start + "-" + end));
                    assertEquals(expected, actual, lang + " " + key);
                    total += actual.size();
                }
                if (key.equals("keep")) {
                    assertTrue(total > 0, "the kept names occur in the content, so the comparison means something");
                }
            }
        }
    }

    private static Pattern regex(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < sorted.size(); i++) {
            regex.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)));
        }
        return Pattern.compile(regex.append(")(?![\\p{L}\\p{N}])").toString());
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
