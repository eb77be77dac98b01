package org.powerofwe.build.cache;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.images.ImageLibrary;
import org.powerofwe.markdown.FigureForm;
import org.powerofwe.markdown.MarkdownEnvironment;
import org.powerofwe.model.Metric;
import org.powerofwe.model.Page;
import org.powerofwe.model.PageKey;

/**
 * Answers a page body's questions from the site, as the environment it wraps does, and notes each
 * question whose answer depends on other files with a digest of the answer. What depends only on
 * the configuration and the theme (base path, host, figure formats, glossary checks) is part of
 * the entry's key instead.
 */
final class RecordingEnvironment implements MarkdownEnvironment {

    private final Answers answers;
    private final MarkdownEnvironment env;
    private final Map<String, Lookup> asked = new LinkedHashMap<>();

    RecordingEnvironment(Answers answers) {
        this.answers = answers;
        this.env = answers.env();
    }

    /** The questions asked so far, each once, in the order they were first asked. */
    synchronized List<Lookup> lookups() {
        return new ArrayList<>(asked.values());
    }

    private synchronized void note(Lookup.Kind kind, String argument, String answer) {
        asked.putIfAbsent(kind + "\n" + argument, new Lookup(kind, argument, answer));
    }

    @Override
    public Optional<Page> findPage(PageKey key, String lang) {
        Optional<Page> page = env.findPage(key, lang);
        note(Lookup.Kind.PAGE, key.value() + "\n" + lang, Answers.page(page));
        return page;
    }

    @Override
    public List<String> pageKeys() {
        note(Lookup.Kind.PAGE_KEYS, "", answers.pageKeys());
        return env.pageKeys();
    }

    @Override
    public boolean fileExists(PageKey key) {
        boolean exists = env.fileExists(key);
        note(Lookup.Kind.FILE, key.value(), Answers.file(exists));
        return exists;
    }

    @Override
    public String urlOf(Page page) {
        return env.urlOf(page);
    }

    @Override
    public Optional<String> assetUrl(String contentRelativePath) {
        Optional<String> url = env.assetUrl(contentRelativePath);
        note(Lookup.Kind.ASSET, contentRelativePath, Answers.asset(url));
        return url;
    }

    @Override
    public Optional<ImageLibrary.Outcome> image(String contentRelativePath) {
        Optional<ImageLibrary.Outcome> outcome = env.image(contentRelativePath);
        note(Lookup.Kind.IMAGE, contentRelativePath, Answers.image(outcome));
        return outcome;
    }

    @Override
    public String basePath() {
        return env.basePath();
    }

    @Override
    public String host() {
        return env.host();
    }

    @Override
    public Optional<Metric> metric(String id) {
        Optional<Metric> metric = env.metric(id);
        note(Lookup.Kind.METRIC, id, answers.metric(id, metric));
        return metric;
    }

    @Override
    public List<String> metricIds() {
        note(Lookup.Kind.METRIC_IDS, "", answers.metricIds());
        return env.metricIds();
    }

    @Override
    public String inlineFigure(Metric metric, String lang, FigureForm form) {
        return env.inlineFigure(metric, lang, form);
    }

    @Override
    public String figureBlock(List<Metric> metrics, String lang, String idPrefix) {
        return env.figureBlock(metrics, lang, idPrefix);
    }

    @Override
    public void inspectText(Page page, CharSequence text, IntFunction<SourcePos> positionAt, Problems problems) {
        env.inspectText(page, text, positionAt, problems);
    }
}
