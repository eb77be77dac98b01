package org.powerofwe.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.powerofwe.diag.Problem;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.Severity;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.yaml.Located;

/**
 * Checks that the facts which do not depend on language agree between a page and its
 * translations: dates, weights, the axis, year and chapter, the pledges, hashtags and figures it
 * refers to, and the figures its text cites. A mismatch is an error at the translated file's line,
 * since the default-language page is the reference; the preview reports it as a warning, so that
 * a change to the source page does not hide every page until each translation follows. A source
 * page that has errors of its own is not compared, nor are its figures when it cites one that does
 * not exist: its translations would only echo its mistake, and send translators the wrong way.
 */
public final class TranslationConsistency {

    /**
     * A citation. Its arguments run to the first {@code >}, which must start {@code >}}}: taken
     * greedily, as the regex then need not try for the end at every character; the spaces this
     * leaves at their end are trimmed by {@link #citedIds}.
     */
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{<\\s*(metric|figures)\\s+([^>]*)>}}");
    /** Runs of spaces in a shortcode's arguments; compiled once, as every citation of every page is read. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final String defaultLanguage;
    private final Problems problems;
    private final Severity severity;
    private final Predicate<String> brokenFile;
    private Predicate<String> knownFigure = id -> true;

    public TranslationConsistency(String defaultLanguage, Problems problems) {
        this(defaultLanguage, problems, Severity.ERROR, file -> false);
    }

    /**
     * @param severity   of a difference: errors in builds and checks, warnings in the preview
     * @param brokenFile whether a source file has errors of its own (its translations are then not compared)
     */
    public TranslationConsistency(String defaultLanguage, Problems problems, Severity severity, Predicate<String> brokenFile) {
        this.defaultLanguage = defaultLanguage;
        this.problems = problems;
        this.severity = severity;
        this.brokenFile = brokenFile;
    }

    /** Figure ids that exist: a source page citing another one is wrong itself, so its figures are not compared. */
    public TranslationConsistency withKnownFigures(Predicate<String> known) {
        this.knownFigure = known;
        return this;
    }

    public void check(List<Page> pages) {
        Map<PageKey, Source> sources = new HashMap<>();
        pages.stream().filter(p -> p.lang().equals(defaultLanguage)).forEach(p -> sources.put(p.key(), new Source(p)));
        // In parallel when called from a fork-join pool; problems are collected thread-safely and sorted when shown.
        pages.parallelStream().forEach(translation -> {
            Source source = sources.get(translation.key());
            if (source != null && translation != source.page && !translation.lang().equals(defaultLanguage) && !brokenFile.test(source.page.file())) {
                compare(source, translation);
            }
        });
    }

    /**
     * A default-language page and the figures its text cites, read when its first translation is
     * compared and kept for the others (a page with three translations is not read three times).
     */
    private static final class Source {
        final Page page;
        /** Set once; a second thread that finds it unset reads the same citations again, harmlessly. */
        private volatile List<Cited> cited;

        Source(Page page) {
            this.page = page;
        }

        List<Cited> cited() {
            List<Cited> known = cited;
            if (known == null) {
                known = TranslationConsistency.cited(page);
                cited = known;
            }
            return known;
        }
    }

    private void compare(Source sourcePage, Page translation) {
        Page source = sourcePage.page;
        same(translation, "date", source.date(), translation.date());
        same(translation, "weight", source.weight().isPresent() ? Optional.of(source.weight().getAsInt()) : Optional.empty(),
                translation.weight().isPresent() ? Optional.of(translation.weight().getAsInt()) : Optional.empty());
        Map<String, Object> sourceFields = typedFacts(source.fields());
        Map<String, Object> translatedFields = typedFacts(translation.fields());
        sourceFields.forEach((field, value) -> {
            if (!(field.equals("metrics") && value instanceof List<?> ids && ids.stream().anyMatch(id -> !knownFigure.test(String.valueOf(id))))) {
                same(translation, field, Optional.ofNullable(value), Optional.ofNullable(translatedFields.get(field)));
            }
        });
        citedFigures(sourcePage, translation);
    }

    private void same(Page translation, String field, Optional<?> expected, Optional<?> actual) {
        if (!Objects.equals(expected, actual)) {
            report(translation.posOf(field), "'" + field + "' differs from the " + defaultLanguage + " page: "
                            + show(actual) + " here, " + show(expected) + " there",
                    field + " is the same in every language; copy it from content/" + translation.key() + "." + defaultLanguage + ".md");
        }
    }

    private static String show(Optional<?> value) {
        return value.map(Object::toString).orElse("(none)");
    }

    private static Map<String, Object> typedFacts(TypeFields fields) {
        Map<String, Object> facts = new HashMap<>();
        if (fields instanceof TypeFields.Axis a) {
            facts.put("axis", a.axis());
        } else if (fields instanceof TypeFields.Pledge p) {
            facts.put("axis", p.axis().value());
        } else if (fields instanceof TypeFields.Undertaking u) {
            facts.put("axis", u.axis().value());
            facts.put("pledges", values(u.pledges()));
        } else if (fields instanceof TypeFields.Report r) {
            facts.put("year", r.year());
        } else if (fields instanceof TypeFields.Chapter c) {
            facts.put("year", c.year());
            facts.put("chapter", c.label());
        } else if (fields instanceof TypeFields.Campaign c) {
            facts.put("hashtags", c.hashtags());
            facts.put("metrics", values(c.metrics()));
        }
        return facts;
    }

    private static List<String> values(List<Located<String>> list) {
        return list.stream().map(Located::value).toList();
    }

    /** The figures a text cites must be the same, in the same order, in every language. */
    private void citedFigures(Source sourcePage, Page translation) {
        Page source = sourcePage.page;
        List<Cited> expected = sourcePage.cited();
        if (figureIds(expected).anyMatch(id -> !knownFigure.test(id))) {
            return; // the source page's own error says which figure is unknown; compared once it is fixed
        }
        List<Cited> actual = cited(translation);
        int n = Math.min(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            if (!expected.get(i).ids().equals(actual.get(i).ids())) {
                report(actual.get(i).pos(), "this cites " + actual.get(i).ids() + " where the " + defaultLanguage + " page cites " + expected.get(i).ids(),
                        "figures are cited in the same order in every language; see content/" + source.key() + "." + defaultLanguage + ".md");
                return;
            }
        }
        if (expected.size() != actual.size()) {
            SourcePos at = actual.size() > n ? actual.get(n).pos() : new SourcePos(translation.file(), translation.bodyLine(), 1);
            List<String> missing = expected.subList(n, expected.size()).stream().map(Cited::shortcode).toList();
            report(at, "this page cites " + figures(actual) + ", the " + defaultLanguage + " page " + figures(expected),
                    missing.isEmpty()
                            ? "remove the citations the " + defaultLanguage + " page does not have, or run ./site translations --sync "
                                    + translation.lang() + " " + translation.key()
                            : "add " + String.join(" and ", missing) + " where the " + defaultLanguage + " page has it (content/" + source.key() + "."
                                    + defaultLanguage + ".md), or run ./site translations --sync " + translation.lang() + " " + translation.key());
        }
    }

    /** Ends the hint of a difference the preview shows as a warning, since {@code ./site check} refuses it. */
    public static final String BLOCKS_PUBLISHING = " (./site check reports this as an error: fix it before publishing)";

    /** Whether a warning of the preview is an error for {@code ./site check} and the pull request. */
    public static boolean blocksPublishing(Problem problem) {
        return !problem.isError() && problem.hint().endsWith(BLOCKS_PUBLISHING);
    }

    private void report(SourcePos pos, String message, String hint) {
        problems.add(new Problem(pos, severity, message, severity == Severity.ERROR ? hint : hint + BLOCKS_PUBLISHING));
    }

    /**
     * How many figures the citations name, each counted once: {@code {{< figures a b >}}} cites two,
     * and a figure cited twice is one figure (in two places, said so the counts can be compared).
     */
    private static String figures(List<Cited> cited) {
        long distinct = figureIds(cited).distinct().count();
        long places = figureIds(cited).count();
        return distinct + " figure(s)" + (places != distinct ? " in " + places + " places" : "");
    }

    private static java.util.stream.Stream<String> figureIds(List<Cited> cited) {
        return cited.stream().flatMap(c -> java.util.Arrays.stream(c.ids().split(" "))).filter(id -> !id.isEmpty() && !id.contains("="));
    }

    /**
     * One citation: its figure ids, and where it stands in the page's body ({@code start} to
     * {@code end}). Its line and column are worked out only when a difference is reported, since
     * counting the lines up to every citation of every page cost more than the comparison itself.
     */
    private record Cited(String ids, Page page, int start, int end) {

        SourcePos pos() {
            return positionIn(page, start);
        }

        String shortcode() {
            return page.body().substring(start, end);
        }
    }

    /** The line and column of the body's character at {@code offset}, in the page's file. */
    private static SourcePos positionIn(Page page, int offset) {
        String body = page.body();
        int line = 0;
        for (int nl = body.indexOf('\n'); nl >= 0 && nl < offset; nl = body.indexOf('\n', nl + 1)) {
            line++;
        }
        int lineStart = body.lastIndexOf('\n', offset - 1) + 1;
        return new SourcePos(page.file(), page.bodyLine() + line, offset - lineStart + 1);
    }

    /** The figure ids a shortcode cites; a metric's form (words, compact...) may differ by language. */
    static String citedIds(String name, String arguments) {
        String trimmed = arguments.trim();
        String ids = singleSpaced(trimmed) ? trimmed : SPACES.matcher(trimmed).replaceAll(" ");
        int space = ids.indexOf(' ');
        return name.equals("metric") && space > 0 ? ids.substring(0, space) : ids;
    }

    /**
     * Whether {@code text} has no run of spaces that {@link #SPACES} would change: only single
     * {@code ' '} between words, as shortcodes are usually written, so the regex need not copy it.
     */
    private static boolean singleSpaced(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || (c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static List<Cited> cited(Page page) {
        List<Cited> cited = new ArrayList<>();
        String body = page.body();
        Matcher m = SHORTCODE.matcher(body);
        // indexOf jumps to the next shortcode far faster than the regex scans prose for one; the
        // regex is tried at that shortcode only (a chart's would have sent it scanning to the next figure).
        int from = body.indexOf("{{<");
        while (from >= 0) {
            if (m.region(from, body.length()).lookingAt()) {
                cited.add(new Cited(citedIds(m.group(1), m.group(2)), page, m.start(), m.end()));
                from = body.indexOf("{{<", m.end());
            } else {
                from = body.indexOf("{{<", from + 3);
            }
        }
        return cited;
    }
}
