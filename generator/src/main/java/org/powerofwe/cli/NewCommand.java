package org.powerofwe.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.powerofwe.build.ProjectLoader;
import org.powerofwe.content.PageScaffold;
import org.powerofwe.content.PageTemplates;
import org.powerofwe.diag.Problems;
import org.powerofwe.i18n.Revisions;
import org.powerofwe.i18n.TranslationMemory;
import org.powerofwe.model.Page;
import org.powerofwe.model.PageKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code site new TYPE SLUG}: a new page (or translation) ready to edit, never overwriting a file. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Creates a page of a content type, with every required field, as a draft in the default language.",
                "With --lang, creates the translation of an existing page from its source text."},
        footer = {"", "Types (or their folder's name): axis (pact), pledge (pledges), undertaking (undertakings), chapter (report), campaign (campaigns), article (news), page.",
                "The new page is made from the type's template in archetypes/ (article.md, pledge.md...) when there is one.", "", "Examples:",
                "  ./site new pledge local-autonomy",
                "      content/pledges/local-autonomy.en.md",
                "  ./site new chapter gatherings --year 2021",
                "      content/report/2021/gatherings.en.md",
                "  ./site new news world-council-2022",
                "      content/news/world-council-2022.en.md",
                "  ./site new pledge local-autonomy --lang fr",
                "      content/pledges/local-autonomy.fr.md,",
                "      from the English page"})
final class NewCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions project;

    @Parameters(index = "0", paramLabel = "TYPE", description = "axis, pledge, undertaking, chapter, campaign, article or page (or the folder's name: news, pledges...).")
    String typeName;

    @Parameters(index = "1", paramLabel = "SLUG", description = "The page's name in file and address: lower-case letters, digits and -.")
    String slug;

    @Option(names = "--lang", paramLabel = "LANG", description = "Create the translation into LANG of the existing page.")
    String lang;

    @Option(names = "--year", paramLabel = "YEAR", description = "For a chapter: the report's year (default: the latest report).")
    Integer year;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Console console = Console.of(spec);
        PageScaffold.Type type = ArgumentChecks.pageType(spec, typeName);
        ArgumentChecks.onlyWith(spec, year != null, "--year", type == PageScaffold.Type.CHAPTER, "the chapter type (site new chapter SLUG --year YEAR)");
        ArgumentChecks.year(spec, year);
        if (!PageScaffold.SLUG.matcher(slug).matches()) {
            console.err().println("error: '" + slug + "' cannot be a page name");
            console.err().println("    hint: use lower-case letters a-z, digits and -, for example local-autonomy");
            return ExitCodes.USAGE;
        }
        Problems problems = new Problems();
        Optional<ProjectLoader.Loaded> loaded = ProjectLoader.load(project.source(), problems);
        if (loaded.isEmpty()) {
            console.problems(problems.sorted());
            return ExitCodes.CONTENT_ERRORS;
        }
        ProjectLoader.Loaded site = loaded.get();
        List<Page> pages = site.content().pages();
        PageKey key = PageScaffold.keyOf(type, slug, pages, Optional.ofNullable(year));
        String source = site.config().defaultLanguage();
        String language = lang == null ? source : lang;
        if (site.config().findLanguage(language).isEmpty()) {
            console.err().println("error: '" + language + "' is not one of the site's languages (" + String.join(", ", site.config().languageCodes()) + ")");
            return ExitCodes.USAGE;
        }
        Path file = site.layout().contentDir().resolve(key.value() + "." + language + ".md");
        String text;
        if (language.equals(source)) {
            Problems templateProblems = new Problems();
            Optional<String> made = PageTemplates.newPage(site.layout(), site.config(), type, key, pages, LocalDate.now(), templateProblems);
            console.problems(templateProblems.sorted());
            if (made.isEmpty()) {
                console.err().println("No page was created: fix the page template above, or delete it to use the built-in one.");
                return ExitCodes.CONTENT_ERRORS;
            }
            text = made.get();
        } else {
            Optional<Page> original = pages.stream().filter(p -> p.key().equals(key) && p.lang().equals(source)).findFirst();
            if (original.isEmpty()) {
                console.err().println("error: there is no " + source + " page " + key + " to translate (content/" + key + "." + source + ".md)");
                console.err().println("    hint: create it first: ./site new " + type.id() + " " + slug);
                return ExitCodes.CONTENT_ERRORS;
            }
            String sourceText = Files.readString(site.layout().root().resolve(original.get().file()), StandardCharsets.UTF_8);
            String revision = Revisions.of(original.get());
            text = PageScaffold.translation(sourceText, revision);
            // The text the translation starts from, so that ./site translations --diff can show what changed since.
            TranslationMemory.of(site.layout()).remember(revision, Revisions.normalisedText(original.get()));
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            console.err().println("error: " + site.layout().display(file) + " already exists; it was left as it is");
            console.err().println("    hint: choose another name, or edit the existing page");
            return ExitCodes.CONTENT_ERRORS;
        }
        console.out().println("Created " + site.layout().display(file) + " (a draft: preview it with ./site serve, and remove 'draft: true' to publish it)");
        if (!language.equals(source)) {
            console.out().println("Translate its title, summary and text, add a slug in " + language + ", and keep the other fields as they are.");
        }
        console.out().flush();
        return ExitCodes.OK;
    }
}
