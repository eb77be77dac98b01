package org.powerofwe.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.powerofwe.build.BuildOptions;
import org.powerofwe.build.BuildResult;
import org.powerofwe.build.SiteBuilder;
import org.powerofwe.config.SiteConfigLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code site build}: builds the whole site into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the whole site into the output folder (public/ by default).",
                "The previous output is replaced only when the build has no error."})
final class BuildCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions project;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output folder (default: public/ in the project).")
    Path output;

    @Option(names = "--drafts", description = "Include pages marked draft: true.")
    boolean drafts;

    @Option(names = "--base-url", paramLabel = "URL", description = "Publish under this address instead of site-config.yml's baseUrl.")
    String baseUrl;

    @Option(names = "--relative-links", description = "Write the site's links relative to each page, so the output works opened from"
            + " the file system (double-click en/index.html), e.g. the pull request's downloaded preview.")
    boolean relativeLinks;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    Integer threads;

    @Option(names = "--no-cache", description = {"Render every page again and keep nothing in .cache/build/ (the build cache",
            "of page bodies and whole pages; processed photos and social cards in .cache/ are still reused).", "SITE_CACHE=off does the same."})
    boolean noCache;

    @Option(names = {"-q", "--quiet"}, description = "Print problems only, no summary.")
    boolean quiet;

    @Option(names = "--timings", description = "Print how long each stage took.")
    boolean timings;

    @Option(names = "--no-daemon", description = "Build in a new process even when the generator is running for this project (./site daemon --help).")
    boolean noDaemon;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Console console = Console.of(spec);
        ArgumentChecks.threads(spec, threads == null ? 0 : threads, threads != null);
        Optional<URI> base = Optional.ofNullable(baseUrl).map(url -> SiteConfigLoader.webAddress(url).orElseThrow(() ->
                new picocli.CommandLine.ParameterException(spec.commandLine(), "invalid value for --base-url: '" + url
                        + "' is not an absolute web address; write the full address, such as https://example.org/power-of-we/")));
        Path out = output != null ? output : project.source().resolve("public");
        BuildOptions options = new BuildOptions(project.source(), Optional.of(out), drafts, base, threads == null ? 0 : threads);
        org.powerofwe.build.Progress shown = quiet ? org.powerofwe.build.Progress.NONE : TerminalProgress.forTerminal(console);
        StageTimings stages = new StageTimings(shown);
        org.powerofwe.build.Progress progress = timings ? stages : shown;
        // The running generator keeps its last build and redoes only what changed since.
        BuildResult result = console.keptBuilds()
                .map(kept -> kept.build(options, relativeLinks, BuildCacheSwitch.enabled(noCache), progress))
                .orElseGet(() -> new SiteBuilder(progress).withRelativeLinks(relativeLinks).withCleanupAfterReturn()
                        .withBuildCache(BuildCacheSwitch.enabled(noCache)).build(options));
        TerminalProgress.clear(shown);
        if (timings) {
            stages.print(console.err());
        }
        console.problems(result.problems());
        if (!quiet) {
            Summary.print(console.out(), result, out);
        }
        // The previous output is removed while the summary is read; the process ends once it is gone
        // (the running generator goes on removing it after answering: its next build waits for that).
        if (console.keptBuilds().isEmpty()) {
            org.powerofwe.publish.OutputTree.awaitCleanups();
        }
        return result.hasErrors() ? ExitCodes.CONTENT_ERRORS : ExitCodes.OK;
    }
}
