package org.powerofwe.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.Severity;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.diag.Suggestions;
import org.powerofwe.model.Metric;
import org.powerofwe.yaml.Fields;
import org.powerofwe.yaml.Located;
import org.powerofwe.yaml.YList;
import org.powerofwe.yaml.YNode;
import org.powerofwe.yaml.YScalar;
import org.powerofwe.yaml.YamlLimits;
import org.powerofwe.yaml.YamlReader;

/**
 * Decodes the figures of a data file ({@code metrics:} list) into {@link Metric} records,
 * reporting each wrong or missing field at its line.
 */
public final class MetricsDecoder {

    private static final Set<String> FILE_KEYS = Set.of("metrics");
    public static final List<String> METRIC_FIELDS = List.of("id", "value", "max", "qualifier", "unit", "period", "chapter", "series", "label", "source");
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final List<String> languages;
    private final Problems problems;

    public MetricsDecoder(List<String> languages, Problems problems) {
        this.languages = languages;
        this.problems = problems;
    }

    /** Decodes every metric of one data file; broken entries are reported and left out. */
    public List<Metric> decode(String display, String text) {
        Optional<YNode> root = YamlReader.read(text, display, 0, YamlLimits.DATA, problems);
        if (root.isEmpty()) {
            return List.of();
        }
        SourcePos top = SourcePos.file(display);
        Fields file = Fields.of(root.get(), top, display, problems);
        file.reportUnknown(FILE_KEYS, Severity.WARNING, "a data file");
        Optional<YList> list = file.list("metrics");
        if (list.isEmpty()) {
            return List.of();
        }
        List<Metric> metrics = new ArrayList<>();
        for (YNode item : list.get().items()) {
            metric(item).ifPresent(metrics::add);
        }
        return metrics;
    }

    private Optional<Metric> metric(YNode item) {
        long errorsBefore = problems.errorCount();
        Fields f = Fields.of(item, item.pos(), "a figure", problems);
        f.reportUnknown(METRIC_FIELDS, Severity.WARNING, "a figure");
        String id = f.requireText("id");
        f.pos("id").filter(p -> !ID.matcher(id).matches()).ifPresent(p ->
                problems.error(p, "figure id '" + id + "' must be lower-case letters, digits and -", "for example: retreat-participants"));
        Optional<BigDecimal> value = number(f, "value", true);
        Optional<BigDecimal> max = number(f, "max", false);
        if (value.isPresent() && max.isPresent() && max.get().compareTo(value.get()) <= 0) {
            problems.error(f.pos("max").orElseThrow(), "'max' must be larger than 'value' (" + value.get().toPlainString() + ")", "a range is written value: 70 and max: 100");
        }
        Metric.Qualifier qualifier = choice(f, "qualifier", Metric.Qualifier.values(), Metric.Qualifier::id).orElse(Metric.Qualifier.EXACT);
        Optional<Metric.Unit> unit = choice(f, "unit", Metric.Unit.values(), Metric.Unit::id);
        if (unit.filter(u -> u == Metric.Unit.PERCENT).isPresent() && value.filter(v -> v.compareTo(HUNDRED) > 0).isPresent()) {
            problems.warning(f.pos("value").orElse(item.pos()), "a percentage of " + value.get().toPlainString() + " % is more than the whole",
                    "if this is a share, check the number; if it is a growth rate, say so in the label");
        }
        if (!f.has("unit")) {
            f.missing("unit");
        }
        String period = f.requireText("period");
        if (!f.has("chapter")) {
            f.missing("chapter");
        }
        Located<String> chapter = f.locatedText("chapter").orElse(new Located<>("", item.pos()));
        Optional<String> series = series(f);
        Map<String, String> label = labels(f, item.pos());
        String source = f.text("source").orElse("");
        if (problems.errorCount() > errorsBefore || value.isEmpty() || unit.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Metric(id, value.get(), max, qualifier, unit.get(), period, chapter, series, label, source, f.pos("id").orElse(item.pos())));
    }

    private Optional<String> series(Fields f) {
        Optional<Located<String>> series = f.locatedText("series");
        series.filter(s -> !ID.matcher(s.value()).matches()).ifPresent(s -> problems.error(s.pos(),
                "series '" + s.value() + "' must be lower-case letters, digits and -",
                "name the comparison, for example: series: social-media-followers-2021"));
        return series.map(Located::value);
    }

    /**
     * Figures are counts, amounts and percentages that readers can take in: below a thousand
     * trillion (world output is about 10^14 dollars) and with at most six decimals. Anything
     * beyond is a typing mistake, and would overflow the number formats of pages and charts.
     */
    static final BigDecimal LARGEST = new BigDecimal("1000000000000000");
    static final int MAX_DECIMALS = 6;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Optional<BigDecimal> number(Fields f, String key, boolean required) {
        Optional<YNode> node = f.node(key);
        if (node.isEmpty()) {
            if (required) {
                f.missing(key);
            }
            return Optional.empty();
        }
        if (node.get() instanceof YScalar s && (s.kind() == YScalar.Kind.INTEGER || s.kind() == YScalar.Kind.FLOAT)) {
            try {
                BigDecimal number = new BigDecimal(s.text().replace("_", ""));
                if (number.abs().compareTo(LARGEST) >= 0 || number.stripTrailingZeros().scale() > MAX_DECIMALS) {
                    problems.error(node.get().pos(), "'" + key + "' " + s.text() + " is out of range for a figure: at most "
                            + (LARGEST.precision() - 1) + " digits before the decimal point and " + MAX_DECIMALS + " after it",
                            "check the number; write it in full digits, such as 7000000 or 12.5");
                    return Optional.empty();
                }
                return Optional.of(number);
            } catch (NumberFormatException e) {
                // Falls through to the message below (e.g. .inf or .nan).
            }
        }
        problems.error(node.get().pos(), "'" + key + "' must be a number, found " + node.get().describe(),
                "write digits only, without separators or quotes: 7000000, not \"7,000,000\"");
        return Optional.empty();
    }

    private <E extends Enum<E>> Optional<E> choice(Fields f, String key, E[] values, java.util.function.Function<E, String> id) {
        Optional<Located<String>> text = f.locatedText(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (E value : values) {
            if (id.apply(value).equals(text.get().value())) {
                return Optional.of(value);
            }
        }
        List<String> allowed = java.util.Arrays.stream(values).map(id).toList();
        problems.error(text.get().pos(), "'" + key + "' cannot be '" + text.get().value() + "'", Suggestions.didYouMean(text.get().value(), allowed));
        return Optional.empty();
    }

    private Map<String, String> labels(Fields f, SourcePos itemPos) {
        Map<String, String> result = new LinkedHashMap<>();
        if (!f.has("label")) {
            f.missing("label");
            return result;
        }
        Map<String, Located<String>> labels = f.textMap("label");
        SourcePos labelPos = f.pos("label").orElse(itemPos);
        labels.forEach((lang, text) -> {
            if (!languages.contains(lang)) {
                problems.warning(text.pos(), "label in '" + lang + "', which is not one of the site's languages", Suggestions.didYouMean(lang, languages));
            } else if (text.value().isBlank()) {
                problems.error(text.pos(), "the label in '" + lang + "' is empty", "write what the figure counts");
            } else {
                result.put(lang, text.value().strip());
            }
        });
        if (!labels.isEmpty()) {
            for (String lang : languages) {
                if (!labels.containsKey(lang)) {
                    problems.error(labelPos, "figure has no label in '" + lang + "'", "add " + lang + ": ... under label");
                }
            }
        }
        return result;
    }
}
