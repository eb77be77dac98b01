package org.powerofwe.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    /** Each page's versions in the configured language order, ready for {@link #versions}. */
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
        this.byKey = new HashMap<>();
        this.children = new HashMap<>();
        for (Page page : this.pages) {
            byLang.computeIfAbsent(page.lang(), l -> new HashMap<>()).put(page.key(), page);
            byKey.computeIfAbsent(page.key(), k -> new ArrayList<>()).add(page);
        }
        byKey.replaceAll((key, versions) -> inLanguageOrder(versions, config.languageCodes()));
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

    /**
     * The copy behind {@link #withReplaced}. A replaced page keeps its path, so its key, language,
     * type and parent: only the lists that hold it are copied, with the new version in the old one's
     * place, and every other list is shared with {@code base} (all are immutable). A save in the
     * preview of a 10,000-page site thus costs the few lists of one page, not the whole index.
     */
    private Site(Site base, Map<String, Page> byPath) {
        this.config = base.config;
        this.metrics = base.metrics;
        List<Page> replaced = byPath.keySet().stream().map(base::pageAt).flatMap(Optional::stream).toList();
        java.util.function.UnaryOperator<Page> swap = p -> byPath.getOrDefault(p.path(), p);
        List<Page> all = new ArrayList<>(base.pages);
        for (Page old : replaced) {
            all.set(Collections.binarySearch(base.pages, old, Comparator.comparing(Page::path)), swap.apply(old));
        }
        this.pages = Collections.unmodifiableList(all);
        this.byLang = new HashMap<>(base.byLang);
        for (Page old : replaced) {
            Map<PageKey, Page> copy = new HashMap<>(byLang.get(old.lang()));
            copy.put(old.key(), swap.apply(old));
            byLang.put(old.lang(), copy);
        }
        this.byKey = swapped(new HashMap<>(base.byKey), replaced, p -> Optional.of(p.key()), swap);
        this.children = swapped(new HashMap<>(base.children), replaced, p -> p.key().parent().map(parent -> childKey(parent, p.lang())), swap);
        this.byLangList = swapped(new HashMap<>(base.byLangList), replaced, p -> Optional.of(p.lang()), swap);
        this.byTypeAndLang = swapped(new HashMap<>(base.byTypeAndLang), replaced, p -> Optional.of(p.type() + ":" + p.lang()), swap);
        this.newestByTypeAndLang = swapped(new HashMap<>(base.newestByTypeAndLang), replaced, p -> Optional.of(p.type() + ":" + p.lang()), swap);
        boolean undertakings = replaced.stream().anyMatch(p -> p.type() == PageType.UNDERTAKING);
        this.undertakingsByPledge = undertakings ? undertakingsByPledge(byTypeAndLang) : base.undertakingsByPledge;
        this.aliases = base.aliases.stream()
                .map(a -> byPath.containsKey(a.target().path()) ? new Alias(a.path(), byPath.get(a.target().path()), a.pos()) : a).toList();
    }

    /** {@code index} with the lists that hold a replaced page (found by {@code keyOf}) copied, the page swapped. */
    private static <K> Map<K, List<Page>> swapped(Map<K, List<Page>> index, List<Page> replaced,
            java.util.function.Function<Page, Optional<K>> keyOf, java.util.function.UnaryOperator<Page> swap) {
        for (Page old : replaced) {
            keyOf.apply(old).ifPresent(key -> index.computeIfPresent(key, (k, list) -> list.stream().map(swap).toList()));
        }
        return index;
    }

    /** The page published at {@code path} ({@code en/pledges/x/}), found by halving the list (pages are in path order). */
    public Optional<Page> pageAt(String path) {
        int low = 0;
        int high = pages.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = pages.get(middle).path().compareTo(path);
            if (order == 0) {
                return Optional.of(pages.get(middle));
            }
            if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return Optional.empty();
    }

    private static Map<String, List<Page>> undertakingsByPledge(Map<String, List<Page>> byTypeAndLang) {
        Map<String, List<Page>> index = new HashMap<>();
        byTypeAndLang.forEach((k, list) -> list.stream().filter(page -> page.type() == PageType.UNDERTAKING).forEach(page -> page.fieldsAs(TypeFields.Undertaking.class).ifPresent(u ->
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
        return new ArrayList<>(byKey.getOrDefault(key, List.of()));
    }

    /** Sorted once when the site is built, not on every call of {@link #versions}: the build asks for each page's versions several times. */
    private static List<Page> inLanguageOrder(List<Page> versions, List<String> order) {
        List<Page> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparingInt(p -> order.indexOf(p.lang())));
        return List.copyOf(sorted);
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
