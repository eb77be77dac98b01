package org.powerofwe.render;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.powerofwe.config.ProjectLayout;
import org.powerofwe.config.SiteConfig;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.i18n.UiStrings;
import org.powerofwe.i18n.UiStringsLoader;

/**
 * A loaded theme: its compiled templates and its interface texts in every language. Loading
 * reports template syntax errors and missing UI strings.
 */
public record Theme(String name, TemplateEngine engine, Map<String, UiStrings> ui, String layoutsDisplay) {

    public static Optional<Theme> load(ProjectLayout layout, SiteConfig config, Problems problems) {
        String name = config.theme();
        var dir = layout.themeDir(name);
        String layoutsDisplay = layout.display(dir.resolve("layouts")) + "/";
        if (!Files.isDirectory(dir.resolve("layouts"))) {
            problems.error(SourcePos.file(layout.display(dir)), "theme '" + name + "' has no layouts/ folder", "a theme keeps its templates in themes/" + name + "/layouts/");
            return Optional.empty();
        }
        Map<String, UiStrings> ui = new UiStringsLoader(layout, problems).load(name, config.languageCodes(), config.defaultLanguage());
        try {
            TemplateEngine engine = new TemplateEngine(dir.resolve("layouts"), layoutsDisplay);
            problems.addAll(engine.compileAll());
            if (ui.size() != config.languages().size()) {
                return Optional.empty();
            }
            return Optional.of(new Theme(name, engine, ui, layoutsDisplay));
        } catch (IOException e) {
            problems.error(SourcePos.file(layoutsDisplay), "cannot read the theme: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Templates every theme must have for the pages the generator writes itself. */
    public static final List<String> REQUIRED = List.of("root.ftlh", "404.ftlh", "translation-status.ftlh");
}
