package org.powerofwe.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.powerofwe.config.ProjectLayout;
import org.powerofwe.config.SiteConfig;
import org.powerofwe.diag.Problem;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.diag.Suggestions;
import org.powerofwe.model.Page;
import org.powerofwe.model.PageKey;

/**
 * The page templates staff edit in {@code archetypes/} (one per content type, named after the
 * type or its folder: {@code article.md} or {@code news.md}), and the text of a new page made
 * from one. A type without a template gets the built-in one. A template is checked as the page
 * it makes would be, and its problems point at the template's own lines.
 */
public final class PageTemplates {

    /** The folder of the templates, at the project's root (where Hugo keeps its archetypes). */
    public static final String FOLDER = "archetypes";

    private PageTemplates() {
    }

    /** The template of a type: its file in {@code archetypes/}, or the built-in one. */
    public static PageTemplate find(ProjectLayout layout, PageScaffold.Type type, Problems problems) {
        List<Path> files = filesFor(layout, type);
        if (files.size() > 1) {
            problems.error(SourcePos.file(layout.display(files.get(1))), "two page templates for the " + type.id() + " type: "
                    + String.join(" and ", files.stream().map(layout::display).toList()),
                    "keep one of them (delete or rename the other)");
        }
        if (files.isEmpty()) {
            return new PageTemplate("the built-in " + type.id() + " template", PageScaffold.builtInTemplate(type));
        }
        Path file = files.get(0);
        try {
            String text = TextDecoder.decode(Files.readAllBytes(file), layout.display(file), problems).orElse("");
            return new PageTemplate(layout.display(file), text.replace("\r\n", "\n"));
        } catch (IOException e) {
            problems.error(SourcePos.file(layout.display(file)), "cannot read this page template: " + e.getMessage(),
                    "check that the file exists and can be read");
            return new PageTemplate(layout.display(file), "");
        }
    }

    /**
     * The text of a new page made from its type's template; empty, with the problems of the
     * template, when the template cannot make a valid draft.
     */
    public static Optional<String> newPage(ProjectLayout layout, SiteConfig config, PageScaffold.Type type, PageKey key,
                                           List<Page> existing, LocalDate today, Problems problems) {
        checkNames(layout, problems);
        return render(layout, config, type, key, existing, today, problems);
    }

    /**
     * Checks every template in {@code archetypes/} as {@code ./site new} would use it (for a page
     * named {@code example}), so a pull request that breaks one fails its check.
     */
    public static void checkAll(ProjectLayout layout, SiteConfig config, List<Page> existing, LocalDate today, Problems problems) {
        checkNames(layout, problems);
        for (PageScaffold.Type type : PageScaffold.Type.values()) {
            if (!filesFor(layout, type).isEmpty()) {
                render(layout, config, type, PageScaffold.keyOf(type, "example", existing, Optional.empty()), existing, today, problems);
            }
        }
    }

    private static Optional<String> render(ProjectLayout layout, SiteConfig config, PageScaffold.Type type, PageKey key,
                                           List<Page> existing, LocalDate today, Problems problems) {
        long before = problems.errorCount();
        PageTemplate template = find(layout, type, problems);
        String lang = config.defaultLanguage();
        Map<String, String> values = PageScaffold.values(type, key, existing, today, lang);
        Optional<PageTemplate.Rendered> rendered = template.render(values, problems);
        if (rendered.isEmpty() || problems.errorCount() > before) {
            return Optional.empty();
        }
        check(rendered.get(), config, key, lang, problems);
        return problems.errorCount() > before ? Optional.empty() : Optional.of(rendered.get().text());
    }

    /** Reports the templates in {@code archetypes/} whose name is no content type. */
    public static void checkNames(ProjectLayout layout, Problems problems) {
        for (Path file : templateFiles(layout)) {
            String name = stem(file);
            if (PageScaffold.Type.find(name).isEmpty()) {
                problems.warning(SourcePos.file(layout.display(file)), "'" + name + "' is not a content type, so ./site new never uses this template",
                        Suggestions.closest(name, PageScaffold.Type.allNames()).map(c -> "rename it " + c + ".md; ").orElse("")
                                + "the types: " + PageScaffold.Type.listing());
            }
        }
    }

    /** Decodes the new page as the build will, reporting its problems at the template's lines. */
    private static void check(PageTemplate.Rendered rendered, SiteConfig config, PageKey key, String lang, Problems problems) {
        Problems local = new Problems();
        ContentFile file = ContentFile.page(Path.of(rendered.display()), key.value() + "." + lang + ".md", rendered.display(), key, lang);
        Optional<Page> page = new PageDecoder(config, local).decode(file, rendered.text());
        boolean draft = page.map(Page::draft).orElse(true);
        for (Problem p : local.sorted()) {
            if (!draft && p.message().startsWith(Placeholders.PUBLISHED)) {
                continue; // said once below: the template does not make a draft
            }
            SourcePos pos = p.pos().file().equals(rendered.display()) ? rendered.templatePos(p.pos().line(), p.pos().column()) : p.pos();
            problems.add(new Problem(pos, p.severity(), p.message() + " (in the page template)", p.hint()));
        }
        if (!draft) {
            SourcePos at = page.get().posOf("draft");
            problems.error(at.line() > 1 ? rendered.templatePos(at.line(), 1) : SourcePos.file(rendered.display()),
                    "the page template does not make the new page a draft, so it would be published unfinished",
                    "add the line 'draft: true   # remove this line when the page is ready to publish' to the template's front matter");
        }
    }

    private static List<Path> filesFor(ProjectLayout layout, PageScaffold.Type type) {
        return templateFiles(layout).stream().filter(f -> PageScaffold.Type.find(stem(f)).orElse(null) == type).toList();
    }

    private static List<Path> templateFiles(ProjectLayout layout) {
        Path folder = layout.root().resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return new ArrayList<>(list.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList());
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".md".length()).toLowerCase(Locale.ROOT);
    }
}
