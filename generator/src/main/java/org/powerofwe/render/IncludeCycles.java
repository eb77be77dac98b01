package org.powerofwe.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.powerofwe.diag.Problem;
import org.powerofwe.diag.Severity;
import org.powerofwe.diag.SourcePos;

/**
 * Finds templates that include themselves, directly or through others ({@code a} includes
 * {@code b}, which includes {@code a}): rendering one would never end, so it is reported at the
 * {@code #include} line that closes the circle before any page is rendered.
 */
final class IncludeCycles {

    private static final Pattern INCLUDE = Pattern.compile("[<\\[]#include\\s+\"([^\"]+)\"");

    /** One {@code #include} with a literal name, at its line and column. */
    record Include(String from, String to, int line, int column) {
    }

    private IncludeCycles() {
    }

    /** The literal includes of a template's text, names resolved against the template's folder. */
    static List<Include> includes(String name, String text) {
        List<Include> found = new ArrayList<>();
        Matcher matcher = INCLUDE.matcher(text);
        while (matcher.find()) {
            int line = 1 + (int) text.substring(0, matcher.start()).chars().filter(c -> c == '\n').count();
            int column = matcher.start() - text.lastIndexOf('\n', matcher.start() - 1);
            found.add(new Include(name, resolve(name, matcher.group(1)), line, column));
        }
        return found;
    }

    /** One problem per circle of includes, at the include that leads back. */
    static List<Problem> find(Map<String, List<Include>> includesByTemplate, String displayPrefix) {
        List<Problem> problems = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (String start : includesByTemplate.keySet()) {
            cycleFrom(start, includesByTemplate).ifPresent(path -> {
                Include closing = path.get(path.size() - 1);
                if (reported.add(closing.from() + ":" + closing.line())) {
                    String circle = String.join(" → ", path.stream().map(Include::from).toList()) + " → " + closing.to();
                    problems.add(new Problem(new SourcePos(displayPrefix + closing.from(), closing.line(), closing.column()), Severity.ERROR,
                            "template error: this #include leads back to a template being included (" + circle + "), so rendering would never end",
                            "remove this #include, or move what both templates share into a partial that includes neither"));
                }
            });
        }
        return problems;
    }

    private static Optional<List<Include>> cycleFrom(String start, Map<String, List<Include>> graph) {
        Map<String, Include> via = new LinkedHashMap<>();
        return walk(start, graph, via, new HashSet<>());
    }

    private static Optional<List<Include>> walk(String template, Map<String, List<Include>> graph, Map<String, Include> path, Set<String> done) {
        for (Include include : graph.getOrDefault(template, List.of())) {
            path.put(template, include);
            if (path.containsKey(include.to())) {
                List<Include> circle = new ArrayList<>();
                boolean inside = false;
                for (Map.Entry<String, Include> step : path.entrySet()) {
                    inside |= step.getKey().equals(include.to());
                    if (inside) {
                        circle.add(step.getValue());
                    }
                }
                return Optional.of(circle);
            }
            if (done.add(include.to())) {
                Optional<List<Include>> found = walk(include.to(), graph, path, done);
                if (found.isPresent()) {
                    return found;
                }
            }
            path.remove(template);
        }
        return Optional.empty();
    }

    private static String resolve(String from, String name) {
        if (name.startsWith("/")) {
            return name.substring(1);
        }
        int slash = from.lastIndexOf('/');
        String joined = slash < 0 ? name : from.substring(0, slash + 1) + name;
        List<String> parts = new ArrayList<>();
        for (String part : joined.split("/")) {
            if (part.equals("..") && !parts.isEmpty()) {
                parts.remove(parts.size() - 1);
            } else if (!part.equals(".") && !part.isEmpty()) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }
}
