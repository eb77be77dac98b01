package org.powerofwe.build;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build and where.
 *
 * @param source   the project root (holding site-config.yml)
 * @param output   where to publish; empty to validate and render without writing (check)
 * @param drafts   include pages marked {@code draft: true}
 * @param baseUrl  publish under this base URL instead of the configured one (preview, Pages)
 * @param threads  worker threads; 0 for one per core
 */
public record BuildOptions(Path source, Optional<Path> output, boolean drafts, Optional<URI> baseUrl, int threads) {

    public static BuildOptions of(Path source, Path output) {
        return new BuildOptions(source, Optional.of(output), false, Optional.empty(), 0);
    }

    public BuildOptions withDrafts(boolean value) {
        return new BuildOptions(source, output, value, baseUrl, threads);
    }

    public BuildOptions withBaseUrl(URI value) {
        return new BuildOptions(source, output, drafts, Optional.of(value), threads);
    }

    public BuildOptions withThreads(int value) {
        return new BuildOptions(source, output, drafts, baseUrl, value);
    }

    public BuildOptions withoutOutput() {
        return new BuildOptions(source, Optional.empty(), drafts, baseUrl, threads);
    }

    int effectiveThreads() {
        return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
