package org.powerofwe.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.powerofwe.build.ProjectLoader;
import org.powerofwe.content.FrontMatterEditor;
import org.powerofwe.diag.Problems;
import org.powerofwe.i18n.Revisions;
import org.powerofwe.i18n.TranslationMemory;
import org.powerofwe.i18n.TranslationStatus;
import org.powerofwe.model.Page;
import org.powerofwe.model.PageKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code site translations}: which translations are missing, outdated or current; marks them current. */
@Command(name = "translations", mixinStandardHelpOptions = true,
        description = {"Shows, per language, the pages whose translation is missing, outdated or current.",
                "With --mark, records that translations are current again after a translator updated them."},
        footer = {"", "Examples:",
                "  ./site translations",
                "      the status of every language",
                "  ./site translations --diff",
                "      ... with what changed in each outdated source",
                "  ./site translations --format json --output s.json",
                "      the same, for tools",
                "  ./site translations --mark fr pledges/local-finance",
                "      the French page is current again",
                "  ./site translations --sync fr campaigns/climate",
                "      copies shared fields and figures from English"})
final class TranslationsCommand implements Callable<Integer> {

    enum Format { TEXT, JSON, MARKDOWN }

    @Mixin
    ProjectOptions project;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or markdown.")
    Format format = Format.TEXT;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of the terminal.")
    Path output;

    @Option(names = "--diff", description = "Show, for each outdated page, the source paragraphs that changed.")
    boolean diff;

    @Option(names = "--mark", paramLabel = "LANG", description = "Mark the given pages of LANG as translated from the current source.")
    String mark;

    @Option(names = "--sync", paramLabel = "LANG", description = "Copy into the given pages of LANG the fields and figure citations that are the same in every language.")
    String sync;

    @Option(names = "--all", description = "With --mark or --sync: every existing page of that language.")
    boolean all;

    @Parameters(paramLabel = "PAGE", arity = "0..*", description = "With --mark: page keys such as pledges/local-finance (or their files).")
    List<String> pages = new ArrayList<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Console console = Console.of(spec);
        ArgumentChecks.onlyWith(spec, output != null && mark != null, "--output", false, "the report, not --mark (which changes the translated pages)");
        ArgumentChecks.onlyWith(spec, all, "--all", mark != null, "--mark LANG");
        if (output != null) {
            Optional<String> refusal = ReportFile.refusal(output, new org.powerofwe.config.ProjectLayout(project.source()));
            if (refusal.isPresent()) {
                console.err().println("error: cannot write the report: " + refusal.get());
                console.err().println("    hint: write it to a new file outside the project's sources, for example --output translations."
                        + format.name().toLowerCase(java.util.Locale.ROOT).replace("text", "txt").replace("markdown", "md"));
                console.err().flush();
                return ExitCodes.CONTENT_ERRORS;
            }
        }
        Problems problems = new Problems();
        Optional<ProjectLoader.Loaded> loaded = ProjectLoader.load(project.source(), problems);
        if (loaded.isEmpty() || problems.hasErrors()) {
            console.problems(problems.sorted());
            return ExitCodes.CONTENT_ERRORS;
        }
        ProjectLoader.Loaded project = loaded.get();
        List<Page> pagesRead = project.content().pages();
        TranslationMemory memory = TranslationMemory.of(project.layout());
        if (mark != null && sync != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "use --mark or --sync, not both");
        }
        if (mark != null) {
            return mark(console, project, pagesRead, memory);
        }
        if (sync != null) {
            return sync(console, project, pagesRead);
        }
        if (!pages.isEmpty() || all) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "page names and --all go with --mark LANG or --sync LANG");
        }
        TranslationStatus status = TranslationStatus.of(project.config(), pagesRead);
        TranslationsReport report = new TranslationsReport(status, memory, currentTexts(project, pagesRead));
        String text = switch (format) {
            case TEXT -> report.text(diff);
            case JSON -> report.json();
            case MARKDOWN -> report.markdown();
        };
        if (output != null) {
            try {
                ReportFile.write(output, text);
            } catch (IOException e) {
                console.err().println("error: cannot write the report to " + output + ": " + e.getMessage());
                console.err().println("    hint: check that the folder can be written and the disk is not full; nothing was changed");
                console.err().flush();
                return ExitCodes.CONTENT_ERRORS;
            }
            console.out().println("Wrote the translation status to " + output);
        } else {
            console.out().print(text);
        }
        console.out().flush();
        return ExitCodes.OK;
    }

    private static Map<String, String> currentTexts(ProjectLoader.Loaded project, List<Page> pages) {
        Map<String, String> texts = new LinkedHashMap<>();
        pages.stream().filter(p -> p.lang().equals(project.config().defaultLanguage()))
                .forEach(p -> texts.put(p.key().value(), Revisions.normalisedText(p)));
        return texts;
    }

    private int mark(Console console, ProjectLoader.Loaded project, List<Page> pagesRead, TranslationMemory memory) throws IOException {
        String source = project.config().defaultLanguage();
        if (project.config().findLanguage(mark).isEmpty() || mark.equals(source)) {
            console.err().println("error: '" + mark + "' is not a translated language of this site (" + String.join(", ",
                    project.config().languageCodes().stream().filter(l -> !l.equals(source)).toList()) + ")");
            return ExitCodes.USAGE;
        }
        List<PageKey> keys = all
                ? pagesRead.stream().filter(p -> p.lang().equals(mark)).map(Page::key).sorted().toList()
                : pages.stream().map(TranslationsCommand::keyOf).toList();
        if (keys.isEmpty()) {
            console.err().println("error: name the pages to mark (e.g. pledges/local-finance), or use --all");
            return ExitCodes.USAGE;
        }
        int failures = 0;
        for (PageKey key : keys) {
            Optional<Page> original = find(pagesRead, key, source);
            Optional<Page> translation = find(pagesRead, key, mark);
            if (original.isEmpty() || translation.isEmpty()) {
                console.err().println("error: " + (original.isEmpty() ? "there is no page '" + key + "' in " + source
                        : "there is no " + mark + " translation of '" + key + "' (content/" + key + "." + mark + ".md)"));
                failures++;
                continue;
            }
            String revision = Revisions.of(original.get());
            memory.remember(revision, Revisions.normalisedText(original.get()));
            Path file = project.layout().root().resolve(translation.get().file());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String updated = FrontMatterEditor.set(text, "translationOf", revision);
            if (!updated.equals(text)) {
                Files.writeString(file, updated, StandardCharsets.UTF_8);
            }
            console.out().println("marked " + translation.get().file() + " as translated from revision " + revision);
        }
        console.out().flush();
        return failures == 0 ? ExitCodes.OK : ExitCodes.CONTENT_ERRORS;
    }

    /** Copies the shared fields and figure citations of each source page into its translation. */
    private int sync(Console console, ProjectLoader.Loaded project, List<Page> pagesRead) throws IOException {
        String source = project.config().defaultLanguage();
        if (project.config().findLanguage(sync).isEmpty() || sync.equals(source)) {
            console.err().println("error: '" + sync + "' is not a translated language of this site (" + String.join(", ",
                    project.config().languageCodes().stream().filter(l -> !l.equals(source)).toList()) + ")");
            return ExitCodes.USAGE;
        }
        List<PageKey> keys = all
                ? pagesRead.stream().filter(p -> p.lang().equals(sync)).map(Page::key).sorted().toList()
                : pages.stream().map(TranslationsCommand::keyOf).toList();
        if (keys.isEmpty()) {
            console.err().println("error: name the pages to bring in line (e.g. campaigns/climate), or use --all");
            return ExitCodes.USAGE;
        }
        int failures = 0;
        for (PageKey key : keys) {
            Optional<Page> original = find(pagesRead, key, source);
            Optional<Page> translation = find(pagesRead, key, sync);
            if (original.isEmpty() || translation.isEmpty()) {
                console.err().println("error: " + (original.isEmpty() ? "there is no page '" + key + "' in " + source
                        : "there is no " + sync + " translation of '" + key + "' (content/" + key + "." + sync + ".md)"));
                failures++;
                continue;
            }
            Path from = project.layout().root().resolve(original.get().file());
            Path file = project.layout().root().resolve(translation.get().file());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String updated = org.powerofwe.i18n.TranslationSync.sync(Files.readString(from, StandardCharsets.UTF_8), text);
            if (updated.equals(text)) {
                console.out().println(translation.get().file() + " already has the fields and figures of " + original.get().file());
            } else {
                Files.writeString(file, updated, StandardCharsets.UTF_8);
                console.out().println("copied the shared fields and figure citations of " + original.get().file() + " into " + translation.get().file());
            }
        }
        console.out().flush();
        return failures == 0 ? ExitCodes.OK : ExitCodes.CONTENT_ERRORS;
    }

    private static Optional<Page> find(List<Page> pages, PageKey key, String lang) {
        return pages.stream().filter(p -> p.key().equals(key) && p.lang().equals(lang)).findFirst();
    }

    /** Accepts {@code pledges/x}, {@code pledges/x.fr.md} or {@code content/pledges/x.fr.md}. */
    static PageKey keyOf(String argument) {
        String key = argument.replace('\\', '/').replaceFirst("^\\./", "").replaceFirst("^content/", "")
                .replaceFirst("\\.md$", "").replaceFirst("\\.[a-z]{2,3}(-[a-z0-9]+)?$", "");
        return PageKey.of(key);
    }
}
