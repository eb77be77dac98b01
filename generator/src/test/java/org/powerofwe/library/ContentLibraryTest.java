package org.powerofwe.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.build.BuildOptions;
import org.powerofwe.build.BuildResult;
import org.powerofwe.build.SiteBuilder;
import org.powerofwe.config.ProjectLayout;
import org.powerofwe.config.SiteConfig;
import org.powerofwe.config.SiteConfigLoader;
import org.powerofwe.content.ContentFile;
import org.powerofwe.content.ContentLoader;
import org.powerofwe.content.ContentScanner;
import org.powerofwe.content.LoadedContent;
import org.powerofwe.diag.Problem;
import org.powerofwe.diag.Problems;
import org.powerofwe.model.Metric;
import org.powerofwe.model.Page;
import org.powerofwe.model.PageType;
import org.powerofwe.model.TypeFields;
import org.powerofwe.testing.RepoPaths;

/**
 * The organisation's real content: complete in three languages, every reference resolving, every
 * figure stated by the source document and cited on the site, every page reachable by readers.
 */
class ContentLibraryTest {

    private static final List<String> LANGUAGES = List.of("en", "fr", "es");
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{<\\s*(metric|figures)\\s+([^>]*)>}}");

    @TempDir
    static Path out;

    static BuildResult build;
    static LoadedContent content;

    @BeforeAll
    static void buildTheRealSite() {
        Path root = RepoPaths.root();
        build = new SiteBuilder().build(BuildOptions.of(root, out.resolve("public")));
        Problems problems = new Problems();
        ProjectLayout layout = new ProjectLayout(root);
        SiteConfig config = new SiteConfigLoader(layout, problems).load().orElseThrow();
        List<ContentFile> files = new ContentScanner(layout, new LinkedHashSet<>(config.languageCodes()), problems).scan();
        content = new ContentLoader(config, java.util.concurrent.ForkJoinPool.commonPool()).load(files, problems);
    }

    @Test
    void theRealSiteBuildsWithoutAnyErrorOrWarning() {
        assertTrue(build.problems().isEmpty(), () -> String.join("\n", build.problems().stream().map(Problem::format).toList()));
        assertTrue(build.published());
    }

    @Test
    void everyPageExistsInAllThreeLanguages() {
        Map<String, Set<String>> languagesByKey = new java.util.TreeMap<>();
        content.pages().forEach(p -> languagesByKey.computeIfAbsent(p.key().value(), k -> new TreeSet<>()).add(p.lang()));
        List<String> incomplete = languagesByKey.entrySet().stream()
                .filter(e -> !e.getValue().containsAll(LANGUAGES)).map(e -> e.getKey() + " " + e.getValue()).toList();
        assertTrue(incomplete.isEmpty(), "pages missing a translation: " + incomplete);
    }

    @Test
    void atLeastFortyPagesPerLanguage() {
        for (String lang : LANGUAGES) {
            long pages = content.pages().stream().filter(p -> p.lang().equals(lang)).count();
            assertTrue(pages >= 40, lang + " has only " + pages + " pages");
        }
    }

    @Test
    void everyFigureHasALabelInEachLanguageAndIsCitedOnTheSite() {
        Set<String> cited = new HashSet<>();
        for (Page page : content.pages()) {
            Matcher m = SHORTCODE.matcher(page.body());
            while (m.find()) {
                cited.addAll(List.of(m.group(2).trim().split("\\s+")));
            }
            page.fieldsAs(TypeFields.Campaign.class).ifPresent(c -> c.metrics().forEach(ref -> cited.add(ref.value())));
        }
        List<String> problems = new ArrayList<>();
        for (Metric metric : content.metrics()) {
            if (!metric.label().keySet().containsAll(LANGUAGES)) {
                problems.add(metric.id() + " lacks a label in " + LANGUAGES);
            }
            if (!cited.contains(metric.id())) {
                problems.add(metric.id() + " is not cited by any page");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyFigureIsStatedInTheSourceDocument() throws IOException {
        Path seed = RepoPaths.root().resolve("../shared/seeds/annual-report-2021.txt").normalize();
        assumeTrue(Files.isRegularFile(seed), "the source documents are beside the repository in CI: " + seed);
        String report = normalise(Files.readString(seed) + " " + Files.readString(seed.resolveSibling("pact-for-government.txt")));
        List<String> problems = new ArrayList<>();
        for (Metric metric : content.metrics()) {
            String source = normalise(metric.source());
            if (source.isBlank()) {
                problems.add(metric.id() + " has no source phrase");
            } else if (!report.contains(source)) {
                problems.add(metric.id() + ": the source phrase is not in the report: " + metric.source());
            } else if (spellings(metric.value()).stream().noneMatch(source::contains)) {
                problems.add(metric.id() + ": the source phrase does not state " + metric.value().toPlainString() + ": " + metric.source());
            } else if (metric.max().isPresent() && spellings(metric.max().get()).stream().noneMatch(source::contains)) {
                problems.add(metric.id() + ": the source phrase does not state " + metric.max().get().toPlainString());
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void readersCanReachEveryPledgeUndertakingChapterAndCampaignFromEachHomePage() throws IOException {
        Path site = out.resolve("public");
        for (String lang : LANGUAGES) {
            Set<String> reached = crawl(site, "/power-of-we/" + lang + "/");
            List<String> unreachable = content.pages().stream()
                    .filter(p -> p.lang().equals(lang))
                    .filter(p -> p.type() == PageType.PLEDGE || p.type() == PageType.UNDERTAKING || p.type() == PageType.CHAPTER || p.type() == PageType.CAMPAIGN)
                    .map(p -> "/power-of-we/" + p.path())
                    .filter(path -> !reached.contains(path))
                    .toList();
            assertTrue(unreachable.isEmpty(), lang + ": not reachable from the home page: " + unreachable);
        }
    }

    @Test
    void translatedPagesHaveTheirOwnAddressInTheirLanguage() {
        long withoutSlug = content.pages().stream()
                .filter(p -> !p.lang().equals("en") && !p.key().isIndex() && p.slug().isEmpty())
                .count();
        assertEquals(0, withoutSlug, "French and Spanish pages set a slug in their language");
    }

    @Test
    void noEnglishInterfaceTextAppearsOnFrenchOrSpanishPages() throws IOException {
        Path theme = RepoPaths.root().resolve("themes/wecare/i18n");
        Map<String, String> english = flatten(new org.yaml.snakeyaml.Yaml().load(Files.readString(theme.resolve("en.yml"))), "");
        Path site = out.resolve("public");
        List<String> leaks = new ArrayList<>();
        for (String lang : List.of("fr", "es")) {
            List<String> fragments = english.values().stream()
                    .flatMap(value -> java.util.Arrays.stream(value.split("\\{\\d+}")))
                    .map(String::strip).filter(f -> f.length() >= 8).toList();
            try (var files = Files.walk(site.resolve(lang))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                    Document page = Jsoup.parse(Files.readString(file));
                    page.select("[lang]:not(html)").remove();
                    String text = page.text() + " " + String.join(" ", page.select("[aria-label], [title]").eachAttr("aria-label"));
                    fragments.stream().filter(text::contains).forEach(f -> leaks.add(site.relativize(file) + ": \"" + f + "\""));
                }
            }
        }
        assertTrue(leaks.isEmpty(), "English interface text on translated pages:\n" + String.join("\n", leaks));
    }

    @Test
    void hreflangLinksPointBothWaysAndAgreeWithTheSitemapAndTheSwitcher() throws IOException {
        Path site = out.resolve("public");
        Document sitemap = Jsoup.parse(Files.readString(site.resolve("sitemap.xml")), "", org.jsoup.parser.Parser.xmlParser());
        Map<String, Set<String>> sitemapAlternates = new java.util.HashMap<>();
        sitemap.select("url").forEach(url -> sitemapAlternates.put(url.selectFirst("loc").text(),
                new TreeSet<>(url.select("xhtml|link").eachAttr("href"))));
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : sitemapAlternates.entrySet()) {
            String loc = entry.getKey();
            Document page = Jsoup.parse(Files.readString(site.resolve(loc.substring("https://example.org/power-of-we/".length())).resolve("index.html")));
            Set<String> head = new TreeSet<>(page.select("link[rel=alternate][hreflang]").eachAttr("href"));
            if (!head.equals(entry.getValue())) {
                problems.add(loc + ": head " + head + " but sitemap " + entry.getValue());
            }
            for (String alternate : head) {
                if (!sitemapAlternates.getOrDefault(alternate, Set.of()).contains(loc)) {
                    problems.add(alternate + " does not point back to " + loc);
                }
            }
            Set<String> switcher = new TreeSet<>(page.select(".language-switcher a[hreflang]").eachAttr("href").stream()
                    .map(h -> "https://example.org" + h).toList());
            Set<String> translations = new TreeSet<>(head);
            if (!switcher.containsAll(translations)) {
                problems.add(loc + ": the switcher " + switcher + " misses a translation among " + translations);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> flatten(Map<String, Object> yaml, String prefix) {
        Map<String, String> flat = new java.util.TreeMap<>();
        yaml.forEach((k, v) -> {
            if (v instanceof Map<?, ?> nested) {
                flat.putAll(flatten((Map<String, Object>) nested, prefix + k + "."));
            } else {
                flat.put(prefix + k, String.valueOf(v));
            }
        });
        return flat;
    }

    private static Set<String> crawl(Path site, String start) throws IOException {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String url = queue.poll();
            if (!seen.add(url)) {
                continue;
            }
            Path file = site.resolve(url.substring("/power-of-we/".length())).resolve("index.html");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            Document page = Jsoup.parse(Files.readString(file), "https://example.org/");
            page.select("main a[href^=/power-of-we/], header a[href^=/power-of-we/]").eachAttr("href").stream()
                    .map(h -> h.replaceAll("#.*$", ""))
                    .filter(h -> h.endsWith("/"))
                    .forEach(queue::add);
        }
        return seen;
    }

    /** The ways the source document may write a number: 3280, 3,280, 3.280, 7.000.000, "Nine", "five million". */
    static Set<String> spellings(BigDecimal value) {
        Set<String> forms = new LinkedHashSet<>();
        long n = value.longValue();
        forms.add(Long.toString(n));
        forms.add(String.format(Locale.ENGLISH, "%,d", n));
        forms.add(String.format(Locale.ENGLISH, "%,d", n).replace(',', '.'));
        if (n % 1_000_000 == 0 && n > 0) {
            long millions = n / 1_000_000;
            forms.add(millions + " million");
            words(millions).ifPresent(w -> forms.add(w + " million"));
        }
        words(n).ifPresent(forms::add);
        return forms.stream().map(ContentLibraryTest::normalise).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
    }

    private static java.util.Optional<String> words(long n) {
        String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};
        return n >= 0 && n < small.length ? java.util.Optional.of(small[(int) n]) : java.util.Optional.empty();
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).strip();
    }
}
