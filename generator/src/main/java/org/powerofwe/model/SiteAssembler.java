package org.powerofwe.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.powerofwe.config.MenuEntry;
import org.powerofwe.config.MissingTranslations;
import org.powerofwe.config.SiteConfig;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.diag.Suggestions;
import org.powerofwe.yaml.Located;

/**
 * Links decoded pages and figures into a {@link Site}: adds stand-ins for missing translations
 * (as configured), and reports pages that claim the same URL, sections without their own page,
 * and every reference to an axis, pledge, figure, chapter or menu page that does not exist.
 */
public final class SiteAssembler {

    private final SiteConfig config;
    private final Problems problems;

    private Set<PageKey> sourceFiles = Set.of();

    public SiteAssembler(SiteConfig config, Problems problems) {
        this.config = config;
        this.problems = problems;
    }

    /**
     * The keys that have a default-language file, even one that could not be read: a translation
     * of a page whose source is broken does not report that the source is missing.
     */
    public SiteAssembler withSourceFiles(Set<PageKey> keys) {
        this.sourceFiles = keys;
        return this;
    }

    public Site assemble(List<Page> decoded, List<Metric> metrics, boolean includeDrafts) {
        List<Page> sources = decoded.stream().filter(p -> includeDrafts || !p.draft()).toList();
        Map<String, Metric> metricsById = uniqueMetrics(metrics);
        List<Page> published = withFallbacks(sources);
        checkStructure(sources);
        checkUrls(published);
        List<Alias> aliases = aliases(published);
        checkReferences(sources, metricsById, published);
        return new Site(config, published, metricsById.values(), aliases);
    }

    private Map<String, Metric> uniqueMetrics(List<Metric> metrics) {
        Map<String, Metric> byId = new TreeMap<>();
        for (Metric metric : metrics) {
            Metric first = byId.putIfAbsent(metric.id(), metric);
            if (first != null) {
                problems.error(metric.pos(), "figure id '" + metric.id() + "' is already used at " + first.pos(),
                        "give each figure its own id");
            }
        }
        return byId;
    }

    private List<Page> withFallbacks(List<Page> sources) {
        String defaultLang = config.defaultLanguage();
        Map<PageKey, Map<String, Page>> byKey = new TreeMap<>();
        sources.forEach(p -> byKey.computeIfAbsent(p.key(), k -> new HashMap<>()).put(p.lang(), p));
        List<Page> published = new ArrayList<>(sources);
        for (Map.Entry<PageKey, Map<String, Page>> entry : byKey.entrySet()) {
            Page source = entry.getValue().get(defaultLang);
            if (source == null && sourceFiles.contains(entry.getKey())) {
                continue;
            }
            if (source == null) {
                Page orphan = entry.getValue().values().iterator().next();
                problems.warning(orphan.pos(), "this page has no " + config.defaultLang().name() + " version",
                        "translations are made from content/" + entry.getKey() + "." + defaultLang + ".md; create it, or rename this file");
                continue;
            }
            if (config.missingTranslations() != MissingTranslations.FALLBACK) {
                continue;
            }
            for (String lang : config.languageCodes()) {
                if (!entry.getValue().containsKey(lang)) {
                    published.add(source.asFallback(lang, Permalinks.pathOf(config, source.key(), lang, source.slug())));
                }
            }
        }
        return published;
    }

    private void checkStructure(List<Page> sources) {
        String defaultLang = config.defaultLanguage();
        Set<PageKey> keys = new TreeSet<>();
        sources.stream().filter(p -> p.lang().equals(defaultLang)).forEach(p -> keys.add(p.key()));
        if (!keys.contains(PageKey.HOME)) {
            problems.error(SourcePos.file("content/_index." + defaultLang + ".md"), "the site has no home page",
                    "create content/_index." + defaultLang + ".md with a title");
        }
        Set<String> reported = new LinkedHashSet<>();
        for (Page page : sources) {
            page.key().parent().filter(parent -> !keys.contains(parent) && reported.add(parent.value())).ifPresent(parent ->
                    problems.error(page.pos(), "the folder of this page has no page of its own (content/" + parent + "." + defaultLang + ".md)",
                            "create content/" + parent + "." + defaultLang + ".md with a title and a short introduction"));
            if (page.key().section().isPresent()) {
                String section = page.key().section().get();
                if (!config.sections().containsKey(section) && reported.add("section:" + section)) {
                    problems.error(page.pos(), "section '" + section + "' is not configured in site-config.yml",
                            "add it under sections: with its URL segment in each language, e.g. " + section + ": { en: " + section + ", fr: ..., es: ... }");
                }
            }
            checkYear(page);
        }
        checkChapters(sources.stream().filter(p -> p.lang().equals(defaultLang)).sorted(java.util.Comparator.comparing(Page::file)).toList());
    }

    /**
     * Two chapters of one report with the same label is an error (readers could not tell which
     * "Chapter 2" a link means); the same weight is a warning, since they are then ordered by title.
     */
    private void checkChapters(List<Page> pages) {
        Map<String, Page> labels = new HashMap<>();
        Map<String, Page> weights = new HashMap<>();
        for (Page page : pages) {
            page.fieldsAs(TypeFields.Chapter.class).ifPresent(chapter -> {
                Page sameLabel = labels.putIfAbsent(chapter.year() + "/" + chapter.label(), page);
                if (sameLabel != null && !chapter.label().isEmpty()) {
                    problems.error(page.posOf("chapter"), "chapter label '" + chapter.label() + "' is already used by " + sameLabel.file()
                            + " in the " + chapter.year() + " report", "give each chapter of a report its own label");
                }
                page.weight().ifPresent(weight -> {
                    Page sameWeight = weights.putIfAbsent(chapter.year() + "/" + weight, page);
                    if (sameWeight != null) {
                        problems.warning(page.posOf("weight"), "weight " + weight + " is also the weight of " + sameWeight.file()
                                + ", so the two chapters are ordered by title", "give each chapter of a report its own weight");
                    }
                });
            });
        }
    }

    private void checkYear(Page page) {
        List<String> folders = page.key().folders();
        if (folders.size() < 2 || !folders.get(0).equals("report")) {
            if (page.type() == PageType.PAGE && page.key().section().filter("report"::equals).isPresent()) {
                problems.error(page.pos(), "report chapters go in a folder named after the report's year", "move it to content/report/<year>/");
            }
            return;
        }
        int year = page.fieldsAs(TypeFields.Chapter.class).map(TypeFields.Chapter::year)
                .or(() -> page.fieldsAs(TypeFields.Report.class).map(TypeFields.Report::year)).orElse(-1);
        if (year > 0 && !folders.get(1).equals(Integer.toString(year))) {
            problems.error(page.posOf("year"), "year " + year + " does not match the report folder '" + folders.get(1) + "'",
                    "set year: " + folders.get(1) + ", or move the page to content/report/" + year + "/");
        }
    }

    private void checkUrls(List<Page> published) {
        Map<String, Page> byPath = new HashMap<>();
        for (Page page : published) {
            Page other = byPath.putIfAbsent(page.path(), page);
            if (other != null) {
                Page reportAt = page.isFallback() ? other : page;
                Page otherPage = reportAt == page ? other : page;
                problems.error(reportAt.posOf("slug"), "this page and " + otherPage.file() + " both want the address /" + page.path(),
                        "give one of them another slug");
            }
        }
    }

    private List<Alias> aliases(List<Page> published) {
        Map<String, Page> pagePaths = new HashMap<>();
        published.forEach(p -> pagePaths.put(p.path(), p));
        Map<String, Alias> byPath = new LinkedHashMap<>();
        for (Page page : published) {
            for (Located<String> alias : page.aliases()) {
                if (pagePaths.containsKey(alias.value())) {
                    problems.error(alias.pos(), "alias /" + alias.value() + " is the address of " + pagePaths.get(alias.value()).file(),
                            "an alias must be an old address that no page uses any more");
                    continue;
                }
                Alias previous = byPath.putIfAbsent(alias.value(), new Alias(alias.value(), page, alias.pos()));
                if (previous != null) {
                    problems.error(alias.pos(), "alias /" + alias.value() + " is already claimed by " + previous.target().file(),
                            "keep the alias on one page only");
                }
            }
        }
        return List.copyOf(byPath.values());
    }

    private void checkReferences(List<Page> sources, Map<String, Metric> metrics, List<Page> published) {
        Set<String> axes = new TreeSet<>();
        Set<String> pledges = new TreeSet<>();
        Set<String> chapters = new TreeSet<>();
        Set<String> keysByLang = new LinkedHashSet<>();
        for (Page page : sources) {
            page.fieldsAs(TypeFields.Axis.class).ifPresent(a -> axes.add(a.axis()));
            if (page.type() == PageType.PLEDGE) {
                pledges.add(page.key().name());
            }
            if (page.type() == PageType.CHAPTER) {
                chapters.add(page.key().name());
            }
        }
        published.forEach(p -> keysByLang.add(p.lang() + ":" + p.key()));
        for (Page page : sources) {
            TypeFields fields = page.fields();
            if (fields instanceof TypeFields.Pledge p) {
                checkAxis(p.axis(), axes);
            } else if (fields instanceof TypeFields.Undertaking u) {
                checkAxis(u.axis(), axes);
                u.pledges().forEach(ref -> checkRef(ref, pledges, "pledge", "content/pledges/"));
            } else if (fields instanceof TypeFields.Campaign c) {
                c.metrics().forEach(ref -> checkRef(ref, metrics.keySet(), "figure", "content/data/"));
            }
        }
        metrics.values().forEach(m -> checkRef(m.chapter(), chapters, "report chapter", "content/report/<year>/"));
        config.menus().forEach((lang, entries) -> {
            for (MenuEntry entry : entries) {
                String key = entry.pageKey().replaceAll("\\.md$", "");
                if (!keysByLang.contains(lang + ":" + key)) {
                    List<String> candidates = published.stream().filter(p -> p.lang().equals(lang)).map(p -> p.key().value()).toList();
                    problems.error(entry.pos(), "the menu links to page '" + entry.pageKey() + "', which does not exist in '" + lang + "'",
                            Suggestions.didYouMean(key, candidates));
                }
            }
        });
    }

    private void checkAxis(Located<String> axis, Set<String> axes) {
        if (!axis.value().isEmpty()) {
            checkRef(axis, axes, "axis", "content/pact/");
        }
    }

    private void checkRef(Located<String> ref, Set<String> known, String what, String where) {
        if (known.contains(ref.value())) {
            return;
        }
        Optional<String> closest = Suggestions.closest(ref.value(), known);
        problems.error(ref.pos(), "unknown " + what + " '" + ref.value() + "'",
                closest.map(c -> "did you mean '" + c + "'?").orElse(known.isEmpty()
                        ? "there is no " + what + " yet in " + where
                        : "the known ones are: " + String.join(", ", known)));
    }
}
