package org.powerofwe.build;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.powerofwe.diag.Problem;

/**
 * What a build did: its problems (in reading order), and figures for the summary.
 *
 * @param pagesPerLanguage HTML pages written per language code, in the configured order
 * @param fallbacksPerLanguage of those, the pages standing in for a missing translation
 * @param published        whether the new output replaced the previous one
 * @param cache            what the build cache ({@code .cache/build/}) spared
 * @param partial          what the running generator redid, when it finished the build from the previous one
 */
public record BuildResult(List<Problem> problems, Map<String, Integer> pagesPerLanguage, Map<String, Integer> fallbacksPerLanguage,
        int files, long bytes, Duration duration, boolean published, org.powerofwe.build.cache.CacheStats cache,
        java.util.Optional<Partial> partial) {

    /**
     * A build the running generator finished from its previous one.
     *
     * @param changedFiles the source files changed since
     * @param pagesRendered the pages rendered again (the changed ones and those that show them)
     * @param filesKept    the output files carried over unchanged from the previous build
     */
    public record Partial(int changedFiles, int pagesRendered, int filesKept) {
    }

    /** A result of a whole build. */
    public BuildResult(List<Problem> problems, Map<String, Integer> pagesPerLanguage, Map<String, Integer> fallbacksPerLanguage,
            int files, long bytes, Duration duration, boolean published, org.powerofwe.build.cache.CacheStats cache) {
        this(problems, pagesPerLanguage, fallbacksPerLanguage, files, bytes, duration, published, cache, java.util.Optional.empty());
    }

    /** A result of a build without the cache. */
    public BuildResult(List<Problem> problems, Map<String, Integer> pagesPerLanguage, Map<String, Integer> fallbacksPerLanguage,
            int files, long bytes, Duration duration, boolean published) {
        this(problems, pagesPerLanguage, fallbacksPerLanguage, files, bytes, duration, published, org.powerofwe.build.cache.CacheStats.OFF);
    }

    public BuildResult {
        problems = List.copyOf(problems);
        pagesPerLanguage = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pagesPerLanguage));
        fallbacksPerLanguage = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fallbacksPerLanguage));
    }

    /** Problems at files of one language ({@code *.fr.md}), for the summary. */
    public long warningsIn(String lang) {
        return problems.stream().filter(p -> !p.isError() && p.pos().file().endsWith("." + lang + ".md")).count();
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
