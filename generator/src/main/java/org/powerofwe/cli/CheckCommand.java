package org.powerofwe.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.powerofwe.build.BuildOptions;
import org.powerofwe.build.BuildSession;
import org.powerofwe.check.SiteCheck;
import org.powerofwe.diag.Problem;
import org.powerofwe.diag.Problems;
import org.powerofwe.i18n.TranslationMemory;
import org.powerofwe.i18n.TranslationStatus;
import org.powerofwe.publish.MemoryOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code site check}: everything a build validates, and more, without writing anything. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks the site without writing anything: everything the build validates, plus internal links"
                + " and #anchors, images and their text alternatives, headings in order, and translation status.",
                "Exits with 1 when there is an error. Under GitHub Actions, problems also appear on the pull request."})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions project;

    @picocli.CommandLine.Option(names = "--no-cache", description = {"Render every page again instead of taking unchanged pages and bodies from",
            ".cache/build/, and keep nothing there. SITE_CACHE=off does the same."})
    boolean noCache;

    @picocli.CommandLine.Option(names = "--no-daemon", description = "Check in a new process even when the generator is running for this project (./site daemon --help).")
    boolean noDaemon;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Console console = Console.of(spec);
        long start = System.nanoTime();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            BuildSession session = new BuildSession(new BuildOptions(project.source(), Optional.empty(), false, Optional.empty(), 0), pool);
            if (BuildCacheSwitch.enabled(noCache)) {
                session.withBuildCache();
            }
            MemoryOutput memory = new MemoryOutput();
            boolean rendered = session.load() && session.renderAll(memory).rendered();
            Problems extra = new Problems();
            Optional<SiteCheck.Counts> counts = Optional.empty();
            if (rendered) {
                counts = Optional.of(new SiteCheck(session.site().orElseThrow(), memory, session::body).run(extra));
            }
            session.site().ifPresent(site -> SiteCheck.translations(TranslationStatus.of(site.config(), site.pages()),
                    TranslationMemory.of(session.layout()), extra));
            // The page templates of archetypes/ make valid drafts, so ./site new keeps working after this change.
            session.site().ifPresent(site -> org.powerofwe.content.PageTemplates.checkAll(session.layout(), site.config(), site.pages(),
                    java.time.LocalDate.now(), extra));
            extra.addAll(session.problems());
            List<Problem> problems = extra.sorted();
            console.problems(problems);
            long errors = problems.stream().filter(Problem::isError).count();
            console.out().println(counts.map(SiteCheck::summary).orElse("The site could not be rendered, so links were not checked")
                    + String.format(java.util.Locale.ROOT, " in %d ms: %d error(s), %d warning(s).", (System.nanoTime() - start) / 1_000_000,
                    errors, problems.size() - errors));
            console.out().flush();
            return errors > 0 ? ExitCodes.CONTENT_ERRORS : ExitCodes.OK;
        } finally {
            pool.shutdown();
        }
    }
}
