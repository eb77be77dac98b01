package org.powerofwe.markdown.conformance;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.markdown.MarkdownEnvironment;
import org.powerofwe.model.Metric;
import org.powerofwe.model.Page;
import org.powerofwe.model.PageKey;
import org.powerofwe.model.PageType;
import org.powerofwe.model.TypeFields;
import org.powerofwe.yaml.Located;

/**
 * A site in which every file a spec example links to exists at the root of the site, so the
 * examples' links ({@code /url}, {@code foo%20b}) go through the site's link resolution as a
 * real page's links to its files would.
 */
public final class SpecEnvironment implements MarkdownEnvironment {

    static final String FILE = "content/pledges/spec.en.md";
    static final int BODY_LINE = 4;

    public static Page page(String body) {
        TypeFields fields = new TypeFields.Pledge(new Located<>("government", SourcePos.file(FILE)));
        return new Page(PageKey.of("spec"), "en", "en", PageType.of(PageKey.of("pledges/spec")), FILE, "Spec", "", Optional.empty(),
                OptionalInt.of(1), false, Optional.empty(), List.of(), Optional.empty(), Optional.empty(), fields, body, BODY_LINE,
                "en/spec/", Map.of());
    }

    @Override
    public Optional<Page> findPage(PageKey key, String lang) {
        return Optional.empty();
    }

    @Override
    public List<String> pageKeys() {
        return List.of();
    }

    @Override
    public boolean fileExists(PageKey key) {
        return false;
    }

    @Override
    public String urlOf(Page page) {
        return "/" + page.path();
    }

    @Override
    public Optional<String> assetUrl(String contentRelativePath) {
        return Optional.of(contentRelativePath);
    }

    @Override
    public String basePath() {
        return "/";
    }

    @Override
    public String host() {
        return "example.org";
    }

    @Override
    public Optional<Metric> metric(String id) {
        return Optional.empty();
    }

    @Override
    public List<String> metricIds() {
        return List.of();
    }

    @Override
    public String inlineFigure(Metric metric, String lang, org.powerofwe.markdown.FigureForm form) {
        return "";
    }

    @Override
    public String figureBlock(List<Metric> metrics, String lang, String idPrefix) {
        return "";
    }
}
