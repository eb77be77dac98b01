package org.powerofwe.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.powerofwe.config.SiteConfig;
import org.powerofwe.yaml.Located;

/**
 * The assembled site: every published page in every language, their translations, parents and
 * children, and the figures. Immutable once built; all lookups are by value, never by scanning.
 */
public final class Site {

    private final SiteConfig config;
    private final List<Page> pages;
    private final Map<String, Map<PageKey, Page>> byLang;
    private final Map<PageKey, List<Page>> byKey;
    private final Map<String, List<Page>> children;
    private final Map<String, Metric> metrics;
    private final List<Alias> aliases;
    private final Map<String, List<Page>> byLangList;
    private final Map<String, List<Page>> byTypeAndLang;
    private final Map<String, List<Page>> newestByTypeAndLang;
    /** Undertakings by the pledge they serve and their language ("name:lang"), by weight. */
    private final Map<String, List<Page>> undertakingsByPledge;

    Site(SiteConfig config, List<Page> pages, Collection<Metric> metrics, List<Alias> aliases) {
        this.config = config;
        List<Page> sorted = new ArrayList<>(pages);
        sorted.sort(Comparator.comparing(Page::path));
        this.pages = List.copyOf(sorted);
        this.byLang = new HashMap<>();
        this.byKey = new TreeMap<>();
        this.children = new HashMap<>();
        for (Page page : this.pages) {
            byLang.computeIfAbsent(page.lang(), l -> new HashMap<>()).put(page.key(), page);
            byKey.computeIfAbsent(page.key(), k -> new ArrayList<>()).add(page);
        }
        for (Page page : this.pages) {
            page.key().parent().ifPresent(parent -> children.computeIfAbsent(childKey(parent, page.lang()), k -> new ArrayList<>()).add(page));
        }
        children.replaceAll((k, list) -> sortChildren(list));
        this.byLangList = new HashMap<>();
        this.byTypeAndLang = new HashMap<>();
        for (Page page : this.pages) {
            byLangList.computeIfAbsent(page.lang(), l -> new ArrayList<>()).add(page);
            byTypeAndLang.computeIfAbsent(page.type() + ":" + page.lang(), k -> new ArrayList<>()).add(page);
        }
        byLangList.replaceAll((k, list) -> List.copyOf(list));
        this.newestByTypeAndLang = new HashMap<>();
        byTypeAndLang.forEach((k, list) -> {
            List<Page> newest = new ArrayList<>(list);
            newest.sort(Page.NEWEST_FIRST);
            newestByTypeAndLang.put(k, List.copyOf(newest));
        });
        byTypeAndLang.replaceAll((k, list) -> {
            List<Page> ordered = new ArrayList<>(list);
            ordered.sort(Page.BY_WEIGHT);
            return List.copyOf(ordered);
        });
        this.undertakingsByPledge = undertakingsByPledge(byTypeAndLang);
        Map<String, Metric> byId = new LinkedHashMap<>();
        metrics.stream().sorted(Comparator.comparing(Metric::id)).forEach(m -> byId.put(m.id(), m));
        this.metrics = byId;
        this.aliases = List.copyOf(aliases);
    }

    /**
     * A copy of this site where some pages are replaced by new versions published at the same
     * paths (the preview after a save that changed no page's address or order).
     */
    public Site withReplaced(Map<String, Page> byPath) {
        return new Site(this, byPath);
    }

    /** The copy behind {@link #withReplaced}: every list keeps its order, entries are swapped in one pass. */
    private Site(Site base, Map<String, Page> byPath) {
        this.config = base.config;
        this.metrics = base.metrics;
        java.util.function.UnaryOperator<Page> swap = p -> byPath.getOrDefault(p.path(), p);
        this.pages = base.pages.stream().map(swap).toList();
        this.byLang = new HashMap<>();
        base.byLang.forEach((lang, map) -> {
            Map<PageKey, Page> copy = new HashMap<>(map);
            copy.replaceAll((k, p) -> swap.apply(p));
            byLang.put(lang, copy);
        });
        this.byKey = new TreeMap<>();
        base.byKey.forEach((key, list) -> byKey.put(key, list.stream().map(swap).toList()));
        this.children = new HashMap<>();
        base.children.forEach((key, list) -> children.put(key, list.stream().map(swap).toList()));
        this.byLangList = new HashMap<>();
        base.byLangList.forEach((key, list) -> byLangList.put(key, list.stream().map(swap).toList()));
        this.byTypeAndLang = new HashMap<>();
        base.byTypeAndLang.forEach((key, list) -> byTypeAndLang.put(key, list.stream().map(swap).toList()));
        this.newestByTypeAndLang = new HashMap<>();
        base.newestByTypeAndLang.forEach((key, list) -> newestByTypeAndLang.put(key, list.stream().map(swap).toList()));
        this.undertakingsByPledge = undertakingsByPledge(byTypeAndLang);
        this.aliases = base.aliases.stream()
                .map(a -> byPath.containsKey(a.target().path()) ? new Alias(a.path(), byPath.get(a.target().path()), a.pos()) : a).toList();
    }

    private static Map<String, List<Page>> undertakingsByPledge(Map<String, List<Page>> byTypeAndLang) {
        Map<String, List<Page>> index = new HashMap<>();
        byTypeAndLang.forEach((k, list) -> list.forEach(page -> page.fieldsAs(TypeFields.Undertaking.class).ifPresent(u ->
                u.pledges().stream().map(Located::value).distinct().forEach(pledge ->
                        index.computeIfAbsent(pledge + ":" + page.lang(), x -> new ArrayList<>()).add(page)))));
        index.replaceAll((key, pages) -> List.copyOf(pages));
        return index;
    }

    public SiteConfig config() {
        return config;
    }

    /** Every published page, in URL order. */
    public List<Page> pages() {
        return pages;
    }

    public List<Page> pages(String lang) {
        return byLangList.getOrDefault(lang, List.of());
    }

    public Optional<Page> find(PageKey key, String lang) {
        return Optional.ofNullable(byLang.getOrDefault(lang, Map.of()).get(key));
    }

    public Optional<Page> home(String lang) {
        return find(PageKey.HOME, lang);
    }

    /** The same page in every language it is published in, in the configured language order. */
    public List<Page> versions(PageKey key) {
        List<Page> versions = new ArrayList<>(byKey.getOrDefault(key, List.of()));
        List<String> order = config.languageCodes();
        versions.sort(Comparator.comparingInt(p -> order.indexOf(p.lang())));
        return versions;
    }

    /** The page's real translations (fallback copies excluded), itself included. */
    public List<Page> translations(PageKey key) {
        return versions(key).stream().filter(p -> !p.isFallback()).toList();
    }

    /** The pages a section page lists: its direct children in its language, in reading order. */
    public List<Page> children(Page parent) {
        return children.getOrDefault(childKey(parent.key(), parent.lang()), List.of());
    }

    public Optional<Page> parent(Page page) {
        return page.key().parent().flatMap(k -> find(k, page.lang()));
    }

    /** All pages of a type in a language, by weight then title. */
    public List<Page> ofType(PageType type, String lang) {
        return byTypeAndLang.getOrDefault(type + ":" + lang, List.of());
    }

    /** The undertakings that serve a pledge (by its name, the last part of its key), in its language, by weight. */
    public List<Page> undertakingsServing(String pledgeName, String lang) {
        return undertakingsByPledge.getOrDefault(pledgeName + ":" + lang, List.of());
    }

    /** All pages of a type in a language, newest first (news lists). */
    public List<Page> newest(PageType type, String lang) {
        return newestByTypeAndLang.getOrDefault(type + ":" + lang, List.of());
    }

    public Optional<Metric> metric(String id) {
        return Optional.ofNullable(metrics.get(id));
    }

    /** Every figure, by id. */
    public Collection<Metric> metrics() {
        return metrics.values();
    }

    public List<Alias> aliases() {
        return aliases;
    }

    private static String childKey(PageKey parent, String lang) {
        return lang + ":" + parent.value();
    }

    private static List<Page> sortChildren(List<Page> list) {
        boolean articles = !list.isEmpty() && list.stream().allMatch(p -> p.type() == PageType.ARTICLE);
        List<Page> sorted = new ArrayList<>(list);
        sorted.sort(articles ? Page.NEWEST_FIRST : Page.BY_WEIGHT);
        return List.copyOf(sorted);
    }
}
