package org.powerofwe.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.powerofwe.diag.Problem;
import org.powerofwe.diag.Severity;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.model.Language;
import org.powerofwe.model.Page;

/**
 * Renders a page through the theme: picks its template by type (as Hugo looks up layouts), builds
 * the data model ({@code site}, {@code page}, {@code t}, {@code assets}) and returns the HTML.
 */
public final class PageRenderer {

    private final TemplateEngine engine;
    private final RenderContext ctx;
    private final String layoutsDisplay;

    public PageRenderer(TemplateEngine engine, RenderContext ctx, String layoutsDisplay) {
        this.engine = engine;
        this.ctx = ctx;
        this.layoutsDisplay = layoutsDisplay;
    }

    /** The templates tried for a page, most specific first. */
    public static List<String> candidates(Page page) {
        List<String> names = new ArrayList<>();
        page.layout().ifPresent(l -> names.add(l + ".ftlh"));
        String section = page.key().section().orElse("");
        switch (page.type()) {
            case HOME -> {
                names.add("home.ftlh");
                names.add("list.ftlh");
            }
            case SECTION -> {
                names.add(section + "/list.ftlh");
                names.add("list.ftlh");
            }
            case REPORT -> {
                names.add("report/cover.ftlh");
                names.add("list.ftlh");
            }
            default -> names.add(page.type().id() + ".ftlh");
        }
        names.add("single.ftlh");
        return names;
    }

    public String render(Page page) throws TemplateFailure {
        if (page.layout().isPresent() && !engine.exists(page.layout().get() + ".ftlh")) {
            throw new TemplateFailure(new Problem(page.posOf("layout"), Severity.ERROR,
                    "layout '" + page.layout().get() + "' names a template that the theme does not have (" + layoutsDisplay + page.layout().get() + ".ftlh)",
                    "correct the name, create that template, or remove the layout field to use the template of " + page.type().id() + " pages"));
        }
        List<String> candidates = candidates(page);
        String template = engine.first(candidates).orElseThrow(() -> new TemplateFailure(new Problem(
                SourcePos.file(layoutsDisplay + candidates.get(candidates.size() - 1)), Severity.ERROR,
                "the theme has no template for " + page.type().id() + " pages (needed by " + page.file() + ")",
                "create one of: " + String.join(", ", candidates))));
        ctx.dependencies().begin(page.path());
        try {
            return renderTemplate(template, ctx.config().language(page.lang()), ctx.view(page));
        } finally {
            ctx.dependencies().end(page.path());
        }
    }

    /** Renders a page-less template (root language chooser, 404, redirects) in a language. */
    public String renderTemplate(String template, Language language, Object page) throws TemplateFailure {
        return engine.render(template, model(language, page), language.locale());
    }

    /** Renders a page-less template with extra values in its model. */
    public String renderTemplate(String template, Language language, Object page, Map<String, Object> extra) throws TemplateFailure {
        Map<String, Object> model = model(language, page);
        model.putAll(extra);
        return engine.render(template, model, language.locale());
    }

    /** The optional template of the site's root 404 page, with every language in it. */
    public static final String ROOT_NOT_FOUND = "404-languages.ftlh";

    /**
     * Renders the root 404 page with every language's version ({@value #ROOT_NOT_FOUND}), for hosts
     * such as GitHub Pages that serve only the root {@code 404.html} whatever the address; empty when
     * the theme has no such template. The template gets {@code versions}: per language its
     * {@code site}, {@code t} and {@code code}.
     */
    public java.util.Optional<String> renderRootNotFound(List<Language> languages) throws TemplateFailure {
        if (engine.first(List.of(ROOT_NOT_FOUND)).isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Map<String, Object>> versions = new ArrayList<>();
        for (Language language : languages) {
            Map<String, Object> version = model(language, null);
            version.put("code", language.code());
            versions.add(version);
        }
        return java.util.Optional.of(renderTemplate(ROOT_NOT_FOUND, ctx.config().defaultLang(), null, Map.of("versions", versions)));
    }

    /** Renders the staff page of translation status ({@code translation-status.ftlh}) in the default language. */
    public String renderTranslationStatus() throws TemplateFailure {
        return renderTemplate("translation-status.ftlh", ctx.config().defaultLang(), null, Map.of("status", TranslationStatusView.of(ctx)));
    }

    private Map<String, Object> model(Language language, Object page) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", ctx.siteView(language.code()));
        if (page != null) {
            model.put("page", page);
        }
        model.put("t", new UiFunction(ctx.ui(language.code()), ctx.figures(language.code()).format()));
        model.put("assets", ctx.assets().theme());
        model.put("languageName", new LanguageNameFunction(language.locale()));
        return model;
    }
}
