package org.powerofwe.library;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.powerofwe.testing.RepoPaths;

/**
 * The site speaks in its own words: no English page shares a run of {@value #RUN} or more
 * consecutive words with the source documents in {@code ../shared/seeds/}, except proper names and
 * titles (listed in {@code seed-overlap-names.txt}) and marked quotations (a Markdown blockquote, or
 * text between “ ”, " " or « »). If it broke, readers would find the report's sentences copied
 * on the site, which the organisation cannot publish.
 */
class SeedOverlapTest {

    static final int RUN = 8;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}\\p{N}]+)*");
    private static final Pattern METRIC = Pattern.compile("\\{\\{<\\s*metric[^>]*>}}");
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{<[^>]*>}}");
    private static final Pattern LINK_TARGET = Pattern.compile("]\\([^)]*\\)");
    private static final Pattern QUOTED = Pattern.compile("“[^”]*”|\"[^\"\\n]*\"|«[^»]*»");
    private static final Pattern PROSE_FIELD = Pattern.compile("\\s*(title|summary|description|vision|lead|caption|alt)\\s*:\\s*(.*)");
    /** Breaks a run: a run never crosses a quotation, a shortcode, a block or a field. */
    private static final String BREAK = "\u0000";

    @Test
    void noEnglishPageRepeatsEightWordsOfTheSources() throws IOException {
        Path seeds = RepoPaths.root().resolve("../shared/seeds").normalize();
        assumeTrue(Files.isDirectory(seeds), "the source documents are beside the repository in CI: " + seeds);
        Set<List<String>> sourceRuns = runsOf(seedWords(seeds));
        List<String> names = names();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RepoPaths.root().resolve("content"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".en.md")).sorted().toList()) {
                found.addAll(sharedRuns(file, sourceRuns, names));
            }
        }
        assertTrue(found.isEmpty(), found.size() + " passage(s) repeat " + RUN + "+ words of ../shared/seeds; write them in our own"
                + " words, quote them (“...” with the source named), or, for a proper name or title, add it to"
                + " seed-overlap-names.txt:\n" + String.join("\n", found));
    }

    @Test
    void theCheckFindsACopiedSentenceButNotAParaphraseOrAQuotation() {
        Set<List<String>> source = runsOf(words("UCLG entered the year with a renewed mandate, adopted by the World Council in November 2020."));
        assertTrue(!shared(List.of(line(1, "In 2021 UCLG entered the year with a renewed mandate, adopted by the World Council.")), source).isEmpty());
        assertTrue(shared(List.of(line(1, "The World Council renewed the organisation’s mandate in November 2020.")), source).isEmpty());
        assertTrue(shared(List.of(line(1, "In its words, “UCLG entered the year with a renewed mandate, adopted by the World Council”.")), source).isEmpty());
    }

    private record Token(String word, int line) {
    }

    private static Token line(int line, String text) {
        return new Token(text, line);
    }

    private static List<String> sharedRuns(Path file, Set<List<String>> sourceRuns, List<String> names) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Token> prose = new ArrayList<>();
        boolean inFrontMatter = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (i == 0 && text.strip().equals("---")) {
                inFrontMatter = true;
                continue;
            }
            if (inFrontMatter) {
                Matcher field = PROSE_FIELD.matcher(text);
                inFrontMatter = !text.strip().equals("---");
                text = field.matches() ? field.group(2) : BREAK;
            } else if (text.stripLeading().startsWith(">") || text.isBlank()) {
                text = BREAK;
            }
            prose.add(new Token(withoutNames(text, names), i + 1));
        }
        String relative = RepoPaths.root().relativize(file).toString();
        return shared(prose, sourceRuns).stream().map(run -> relative + ":" + run).toList();
    }

    /** Each shared run as "line: N words: the words", from lines of prose. */
    private static List<String> shared(List<Token> lines, Set<List<String>> sourceRuns) {
        List<Token> tokens = new ArrayList<>();
        for (Token line : lines) {
            String text = LINK_TARGET.matcher(line.word()).replaceAll("] ");
            text = METRIC.matcher(text).replaceAll(" 0 ");
            text = SHORTCODE.matcher(text).replaceAll(" " + BREAK + " ");
            text = QUOTED.matcher(text).replaceAll(" " + BREAK + " ");
            for (String piece : text.split(BREAK, -1)) {
                words(piece).forEach(w -> tokens.add(new Token(w, line.line())));
                tokens.add(new Token(BREAK, line.line()));
            }
        }
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i + RUN <= tokens.size()) {
            if (sourceRuns.contains(wordsAt(tokens, i))) {
                int end = i + RUN;
                while (end < tokens.size() && sourceRuns.contains(wordsAt(tokens, end - RUN + 1))) {
                    end++;
                }
                List<String> run = tokens.subList(i, end).stream().map(Token::word).toList();
                found.add(tokens.get(i).line() + ": " + run.size() + " words: " + String.join(" ", run));
                i = end;
            } else {
                i++;
            }
        }
        return found;
    }

    private static List<String> wordsAt(List<Token> tokens, int from) {
        return tokens.subList(from, Math.min(from + RUN, tokens.size())).stream().map(Token::word).toList();
    }

    private static Set<List<String>> runsOf(List<String> words) {
        Set<List<String>> runs = new HashSet<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            runs.add(List.copyOf(words.subList(i, i + RUN)));
        }
        return runs;
    }

    private static List<String> seedWords(Path seeds) throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path seed : files.sorted().toList()) {
                all.addAll(words(Files.readString(seed, StandardCharsets.UTF_8)));
                all.add(BREAK);
            }
        }
        return all;
    }

    /** Lower-case words; apostrophes unified; every number is the same word, as a cited figure is. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.replace('’', '\'').replace('‘', '\''));
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            words.add(Character.isDigit(word.charAt(0)) ? "#" : word);
        }
        return words;
    }

    private static String withoutNames(String text, List<String> names) {
        String result = text;
        for (String name : names) {
            result = Pattern.compile(Pattern.quote(name), Pattern.CASE_INSENSITIVE).matcher(result).replaceAll(" " + BREAK + " ");
        }
        return result;
    }

    private static List<String> names() throws IOException {
        try (InputStream in = SeedOverlapTest.class.getResourceAsStream("seed-overlap-names.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
