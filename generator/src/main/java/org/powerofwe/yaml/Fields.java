package org.powerofwe.yaml;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.Severity;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.diag.Suggestions;

/**
 * Reads typed fields out of a {@link YMap}, reporting a missing field, a wrong type or an unknown
 * field as a problem at its line. Getters named {@code require...} report a missing field;
 * the others return empty.
 */
public final class Fields {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final YMap map;
    private final SourcePos missingPos;
    private final Problems problems;

    private Fields(YMap map, SourcePos missingPos, Problems problems) {
        this.map = map;
        this.missingPos = missingPos;
        this.problems = problems;
    }

    /**
     * Wraps a node that must be a set of fields; anything else is reported and treated as empty.
     *
     * @param missingPos where to report fields that are missing altogether
     */
    public static Fields of(YNode node, SourcePos missingPos, String what, Problems problems) {
        if (node instanceof YMap m) {
            return new Fields(m, missingPos, problems);
        }
        problems.error(node.pos(), what + " must be a set of 'name: value' fields, found " + node.describe());
        return empty(missingPos, problems);
    }

    public static Fields empty(SourcePos missingPos, Problems problems) {
        return new Fields(new YMap(List.of(), missingPos), missingPos, problems);
    }

    public YMap map() {
        return map;
    }

    public boolean has(String key) {
        return map.get(key).filter(v -> !isNull(v)).isPresent();
    }

    public Optional<SourcePos> pos(String key) {
        return map.entry(key).map(e -> e.value().pos());
    }

    public Optional<YNode> node(String key) {
        return map.get(key).filter(v -> !isNull(v));
    }

    public Optional<String> text(String key) {
        return node(key).flatMap(v -> asText(key, v));
    }

    public String requireText(String key) {
        Optional<String> value = text(key);
        if (value.isEmpty() && !map.get(key).filter(v -> !isNull(v)).isPresent()) {
            missing(key);
        }
        return value.orElse("");
    }

    public Optional<Located<String>> locatedText(String key) {
        return node(key).flatMap(v -> asText(key, v).map(t -> new Located<>(t, v.pos())));
    }

    public Optional<Integer> integer(String key) {
        return node(key).flatMap(v -> asInteger(key, v));
    }

    public Optional<Integer> requireInteger(String key) {
        if (!has(key)) {
            missing(key);
            return Optional.empty();
        }
        return integer(key);
    }

    public Optional<Boolean> bool(String key) {
        return node(key).flatMap(v -> {
            if (v instanceof YScalar s && s.kind() == YScalar.Kind.BOOLEAN) {
                return Optional.of(s.text().equalsIgnoreCase("true") || s.text().equalsIgnoreCase("yes") || s.text().equalsIgnoreCase("on"));
            }
            wrongType(key, v, "true or false", "write " + key + ": true or " + key + ": false, without quotes");
            return Optional.empty();
        });
    }

    public Optional<LocalDate> date(String key) {
        return node(key).flatMap(v -> asDate(key, v));
    }

    public Optional<LocalDate> requireDate(String key) {
        if (!has(key)) {
            missing(key);
            return Optional.empty();
        }
        return date(key);
    }

    /** Reads a list of text values; a single value where a list belongs is reported. */
    public List<Located<String>> textList(String key) {
        Optional<YNode> value = node(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof YList list)) {
            wrongType(key, value.get(), "a list", "write " + key + ": [first, second] or one '- item' per line");
            return List.of();
        }
        List<Located<String>> result = new ArrayList<>();
        for (YNode item : list.items()) {
            asText(key, item).ifPresent(t -> result.add(new Located<>(t, item.pos())));
        }
        return result;
    }

    public Optional<YList> list(String key) {
        return node(key).flatMap(v -> {
            if (v instanceof YList l) {
                return Optional.of(l);
            }
            wrongType(key, v, "a list", "write one '- item' per line under " + key + ":");
            return Optional.empty();
        });
    }

    public Optional<YMap> mapping(String key) {
        return node(key).flatMap(v -> {
            if (v instanceof YMap m) {
                return Optional.of(m);
            }
            wrongType(key, v, "a set of 'name: value' fields", "indent the fields of " + key + " below it");
            return Optional.empty();
        });
    }

    /** Reads a set of text values keyed by name, such as a title per language. */
    public Map<String, Located<String>> textMap(String key) {
        Map<String, Located<String>> result = new LinkedHashMap<>();
        mapping(key).ifPresent(m -> m.entries().forEach(e ->
                asText(key + "." + e.key(), e.value()).ifPresent(t -> result.put(e.key(), new Located<>(t, e.value().pos())))));
        return result;
    }

    /** Reports each field not in {@code allowed}, with a "did you mean" hint. */
    public void reportUnknown(Collection<String> allowed, Severity severity, String where) {
        for (YMap.Entry entry : map.entries()) {
            if (!allowed.contains(entry.key())) {
                String hint = Suggestions.didYouMean(entry.key(), allowed);
                problems.add(new org.powerofwe.diag.Problem(entry.keyPos(), severity,
                        "unknown field '" + entry.key() + "'" + (where.isEmpty() ? "" : " in " + where), hint));
            }
        }
    }

    public void missing(String key) {
        problems.error(missingPos, "missing required field '" + key + "'", "add a line '" + key + ": ...' to the front matter");
    }

    private Optional<String> asText(String key, YNode v) {
        if (v instanceof YScalar s && s.kind() != YScalar.Kind.BOOLEAN && s.kind() != YScalar.Kind.NULL) {
            return Optional.of(s.text());
        }
        wrongType(key, v, "text", v instanceof YScalar ? "put the value between quotes: " + key + ": \"...\"" : "write a single value");
        return Optional.empty();
    }

    private Optional<Integer> asInteger(String key, YNode v) {
        if (v instanceof YScalar s && s.kind() == YScalar.Kind.INTEGER) {
            try {
                return Optional.of(Integer.parseInt(s.text().replace("_", "")));
            } catch (NumberFormatException e) {
                problems.error(v.pos(), "'" + key + "' is out of range: " + s.text(), "use a smaller whole number");
                return Optional.empty();
            }
        }
        wrongType(key, v, "a whole number", "write " + key + ": 3 (digits only, no quotes)");
        return Optional.empty();
    }

    private Optional<LocalDate> asDate(String key, YNode v) {
        if (v instanceof YScalar s && (s.kind() == YScalar.Kind.TIMESTAMP || s.kind() == YScalar.Kind.STRING)) {
            String text = s.text().trim();
            if (ISO_DATE.matcher(text).matches()) {
                try {
                    LocalDate date = LocalDate.parse(text);
                    if (date.getYear() < 1900 || date.getYear() > 2100) {
                        // Year 0 or 9999 is a typing mistake; it would also sort the page before or after everything.
                        problems.error(v.pos(), "'" + key + "' has the year " + date.getYear() + ", outside 1900-2100: " + text,
                                "check the year, written with four digits: 2021-11-16");
                        return Optional.empty();
                    }
                    return Optional.of(date);
                } catch (DateTimeException e) {
                    problems.error(v.pos(), "'" + key + "' is not a real date: " + text, "check the month (01-12) and the day of that month");
                    return Optional.empty();
                }
            }
        }
        wrongType(key, v, "a date", "write " + key + ": 2021-11-16 (year-month-day)");
        return Optional.empty();
    }

    private void wrongType(String key, YNode v, String expected, String hint) {
        problems.error(v.pos(), "'" + key + "' must be " + expected + ", found " + v.describe(), hint);
    }

    private static boolean isNull(YNode v) {
        return v instanceof YScalar s && s.kind() == YScalar.Kind.NULL;
    }
}
