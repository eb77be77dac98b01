package org.powerofwe.build;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.powerofwe.diag.Problem;

/**
 * What a build did: its problems (in reading order), and figures for the summary.
 *
 * @param pagesPerLanguage HTML pages written per language code, in the configured order
 * @param published        whether the new output replaced the previous one
 */
public record BuildResult(List<Problem> problems, Map<String, Integer> pagesPerLanguage, int files, long bytes,
        Duration duration, boolean published) {

    public BuildResult {
        problems = List.copyOf(problems);
        pagesPerLanguage = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pagesPerLanguage));
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }
}
