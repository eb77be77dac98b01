package org.powerofwe.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.powerofwe.markdown.MarkdownEnvironment;
import org.powerofwe.model.Language;
import org.powerofwe.model.Metric;
import org.powerofwe.model.Page;
import org.powerofwe.model.PageKey;
import org.powerofwe.model.Site;

/** Answers the Markdown stage's questions from the assembled site, formats and charts. */
public final class SiteMarkdownEnvironment implements MarkdownEnvironment {

    private final Site site;
    private final Map<String, FigureText> figureTexts;
    private final AssetUrls assets;
    /** Every page key, sorted; made when a broken link asks for a near miss (the preview renders one page per save). */
    private volatile List<String> pageKeys;
    private final List<String> metricIds;

    private final java.util.Set<PageKey> files;
    private Map<String, org.powerofwe.i18n.Glossary> glossaries = Map.of();
    private org.powerofwe.images.ImageLibrary images;

    /**
     * @param files the keys of every page file found in content/, readable or not
     */
    public SiteMarkdownEnvironment(Site site, Map<String, FigureText> figureTexts, AssetUrls assets, java.util.Set<PageKey> files) {
        this.site = site;
        this.files = java.util.Set.copyOf(files);
        this.figureTexts = Map.copyOf(figureTexts);
        this.assets = assets;
        this.metricIds = site.metrics().stream().map(Metric::id).toList();
    }

    @Override
    public Optional<Page> findPage(PageKey key, String lang) {
        return site.find(key, lang).or(() -> site.find(key, site.config().defaultLanguage()));
    }

    @Override
    public List<String> pageKeys() {
        List<String> keys = pageKeys;
        if (keys == null) {
            keys = site.pages().stream().map(p -> p.key().value()).distinct().sorted().toList();
            pageKeys = keys;
        }
        return keys;
    }

    /** Checks prose of translated pages against the glossary of their language. */
    public SiteMarkdownEnvironment withGlossaries(Map<String, org.powerofwe.i18n.Glossary> byLanguage) {
        this.glossaries = Map.copyOf(byLanguage);
        return this;
    }

    /** Publishes the images of page bodies through this build's image library. */
    public SiteMarkdownEnvironment withImages(org.powerofwe.images.ImageLibrary library) {
        this.images = library;
        return this;
    }

    @Override
    public Optional<org.powerofwe.images.ImageLibrary.Outcome> image(String contentRelativePath) {
        return images == null ? Optional.empty() : Optional.of(images.image(contentRelativePath));
    }

    @Override
    public void inspectText(Page page, CharSequence text, java.util.function.IntFunction<org.powerofwe.diag.SourcePos> positionAt,
            org.powerofwe.diag.Problems problems) {
        if (page.isFallback()) {
            return;
        }
        org.powerofwe.i18n.Glossary glossary = glossaries.get(page.contentLang());
        if (glossary != null) {
            glossary.check(text, positionAt, site.config().language(page.contentLang()).locale().getDisplayLanguage(java.util.Locale.ENGLISH), problems);
        }
    }

    @Override
    public boolean fileExists(PageKey key) {
        return files.contains(key);
    }

    @Override
    public String urlOf(Page page) {
        return site.config().basePath() + page.path();
    }

    @Override
    public Optional<String> assetUrl(String contentRelativePath) {
        return assets.contentUrl(contentRelativePath);
    }

    @Override
    public String basePath() {
        return site.config().basePath();
    }

    @Override
    public String host() {
        return site.config().baseUrl().getHost();
    }

    @Override
    public Optional<Metric> metric(String id) {
        return site.metric(id);
    }

    @Override
    public List<String> metricIds() {
        return metricIds;
    }

    @Override
    public String inlineFigure(Metric metric, String lang, org.powerofwe.markdown.FigureForm form) {
        return figureTexts.get(lang).inline(metric, form);
    }

    @Override
    public String figureBlock(List<Metric> metrics, String lang, String idPrefix) {
        boolean rtl = site.config().language(lang).direction() == Language.Direction.RTL;
        return FigureCharts.render(metrics, lang, figureTexts.get(lang), idPrefix, rtl);
    }
}
