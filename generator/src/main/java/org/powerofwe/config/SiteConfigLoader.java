package org.powerofwe.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.powerofwe.content.TextDecoder;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.Severity;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.diag.Suggestions;
import org.powerofwe.model.Language;
import org.powerofwe.yaml.Fields;
import org.powerofwe.yaml.Located;
import org.powerofwe.yaml.YList;
import org.powerofwe.yaml.YMap;
import org.powerofwe.yaml.YNode;
import org.powerofwe.yaml.YamlLimits;
import org.powerofwe.yaml.YamlReader;

/**
 * Reads and validates {@code site-config.yml}: unknown keys, wrong types, an unknown default
 * language or a section without a slug for some language are reported at their line.
 */
public final class SiteConfigLoader {

    public static final Set<String> TOP_LEVEL = orderedSet("title", "description", "baseUrl", "theme", "defaultLanguage",
            "languages", "sections", "menus", "translations", "markup", "editLink", "images");
    public static final Set<String> LANGUAGE_FIELDS = orderedSet("code", "name", "locale", "dir");
    public static final Set<String> MENU_FIELDS = orderedSet("page", "title");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})?");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern TAG_NAME = Pattern.compile("[a-z][a-z0-9]*");

    private final ProjectLayout layout;
    private final Problems problems;

    public SiteConfigLoader(ProjectLayout layout, Problems problems) {
        this.layout = layout;
        this.problems = problems;
    }

    /** Loads the configuration; empty when it cannot be used at all (problems say why). */
    public Optional<SiteConfig> load() {
        Path file = layout.configFile();
        String shown = layout.display(file);
        if (!Files.isRegularFile(file)) {
            problems.error(SourcePos.file(shown), "site-config.yml not found in " + layout.root(),
                    "run the command from the project folder, or pass --source <folder>");
            return Optional.empty();
        }
        String text;
        try {
            text = TextDecoder.decode(Files.readAllBytes(file), shown, problems).orElse(null);
        } catch (IOException e) {
            problems.error(SourcePos.file(shown), "cannot read site-config.yml: " + e.getMessage());
            return Optional.empty();
        }
        if (text == null) {
            return Optional.empty();
        }
        Optional<YNode> root = YamlReader.read(text, shown, 0, YamlLimits.DATA, problems);
        if (root.isEmpty()) {
            if (!problems.hasErrors()) {
                problems.error(SourcePos.file(shown), "site-config.yml is empty", "start from the example in README.md");
            }
            return Optional.empty();
        }
        long errorsBefore = problems.errorCount();
        SiteConfig config = parse(Fields.of(root.get(), SourcePos.file(shown), "site-config.yml", problems), shown);
        return problems.errorCount() > errorsBefore ? Optional.empty() : Optional.of(config);
    }

    private SiteConfig parse(Fields fields, String shown) {
        fields.reportUnknown(TOP_LEVEL, Severity.ERROR, "site-config.yml");
        List<Language> languages = languages(fields, shown);
        Set<String> codes = new LinkedHashSet<>(languages.stream().map(Language::code).toList());
        String defaultLanguage = defaultLanguage(fields, codes);
        Map<String, String> title = perLanguage(fields, "title", codes, true);
        Map<String, String> description = perLanguage(fields, "description", codes, false);
        URI baseUrl = baseUrl(fields);
        String theme = theme(fields);
        Map<String, Map<String, String>> sections = sections(fields, codes);
        Map<String, List<MenuEntry>> menus = menus(fields, codes);
        MissingTranslations missing = translations(fields);
        Map<String, Set<String>> extraHtml = markup(fields);
        return new SiteConfig(title, description, baseUrl, theme, defaultLanguage, languages, sections, menus, missing, extraHtml, editLink(fields), images(fields));
    }

    private ImageLimits images(Fields fields) {
        Optional<YMap> map = fields.mapping("images");
        if (map.isEmpty()) {
            return ImageLimits.DEFAULTS;
        }
        Fields images = Fields.of(map.get(), map.get().pos(), "images", problems);
        images.reportUnknown(Set.of("maxMegabytes", "maxPixels"), Severity.ERROR, "images");
        int megabytes = limit(images, "maxMegabytes", ImageLimits.DEFAULTS.maxMegabytes(), ImageLimits.MIN_MEGABYTES, ImageLimits.MAX_MEGABYTES);
        int pixels = limit(images, "maxPixels", ImageLimits.DEFAULTS.maxPixels(), ImageLimits.MIN_PIXELS, ImageLimits.MAX_PIXELS);
        return new ImageLimits(megabytes, pixels);
    }

    private int limit(Fields fields, String key, int fallback, int min, int max) {
        Optional<Integer> value = fields.integer(key);
        if (value.isPresent() && (value.get() < min || value.get() > max)) {
            problems.error(fields.pos(key).orElseThrow(), "images." + key + " must be from " + min + " to " + max + ", found " + value.get(),
                    "write for example images: { maxMegabytes: " + ImageLimits.DEFAULTS.maxMegabytes() + ", maxPixels: " + ImageLimits.DEFAULTS.maxPixels() + " }");
            return fallback;
        }
        return value.orElse(fallback);
    }

    private Optional<EditLink> editLink(Fields fields) {
        Optional<YMap> map = fields.mapping("editLink");
        if (map.isEmpty()) {
            return Optional.empty();
        }
        Fields link = Fields.of(map.get(), map.get().pos(), "editLink", problems);
        link.reportUnknown(Set.of("repository", "branch"), Severity.ERROR, "editLink");
        Optional<Located<String>> repository = link.locatedText("repository");
        if (repository.isEmpty()) {
            problems.error(map.get().pos(), "editLink needs the GitHub repository", "write editLink: { repository: owner/name, branch: main }");
            return Optional.empty();
        }
        if (!EditLink.REPOSITORY.matcher(repository.get().value().strip()).matches()) {
            problems.error(repository.get().pos(), "'" + repository.get().value() + "' is not a GitHub repository",
                    "write it as owner/name, as in the repository's address github.com/owner/name");
            return Optional.empty();
        }
        String branch = link.text("branch").map(String::strip).filter(b -> !b.isEmpty()).orElse("main");
        return Optional.of(new EditLink(repository.get().value().strip(), branch));
    }

    private List<Language> languages(Fields fields, String shown) {
        List<Language> result = new ArrayList<>();
        Optional<YList> list = fields.list("languages");
        if (list.isEmpty()) {
            if (!fields.has("languages")) {
                fields.missing("languages");
            }
            return result;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (YNode item : list.get().items()) {
            Fields lang = Fields.of(item, item.pos(), "a language", problems);
            lang.reportUnknown(LANGUAGE_FIELDS, Severity.ERROR, "a language");
            Optional<Located<String>> code = lang.locatedText("code");
            if (code.isEmpty()) {
                if (!lang.has("code")) {
                    problems.error(item.pos(), "a language needs a 'code'", "for example: { code: fr, name: Français, locale: fr-FR }");
                }
                continue;
            }
            String c = code.get().value();
            if (!LANGUAGE_CODE.matcher(c).matches()) {
                problems.error(code.get().pos(), "language code '" + c + "' is not valid", "use a lower-case ISO 639 code such as en, fr, es or ar");
                continue;
            }
            if (!seen.add(c)) {
                problems.error(code.get().pos(), "language '" + c + "' is listed twice", "keep one entry per language");
                continue;
            }
            String name = lang.text("name").orElse(c);
            Locale locale = locale(lang, c);
            Language.Direction dir = direction(lang);
            result.add(new Language(c, name, locale, dir));
        }
        if (result.isEmpty() && !problems.hasErrors()) {
            problems.error(list.get().pos(), "at least one language is needed", "add - { code: en, name: English, locale: en-GB }");
        }
        return result;
    }

    private Locale locale(Fields lang, String code) {
        Optional<Located<String>> tag = lang.locatedText("locale");
        if (tag.isEmpty()) {
            return Locale.forLanguageTag(code);
        }
        try {
            return new Locale.Builder().setLanguageTag(tag.get().value()).build();
        } catch (IllformedLocaleException e) {
            problems.error(tag.get().pos(), "locale '" + tag.get().value() + "' is not a valid language tag", "write it like en-GB, fr-FR or es-ES");
            return Locale.forLanguageTag(code);
        }
    }

    private Language.Direction direction(Fields lang) {
        Optional<Located<String>> dir = lang.locatedText("dir");
        if (dir.isEmpty()) {
            return Language.Direction.LTR;
        }
        return switch (dir.get().value()) {
            case "ltr" -> Language.Direction.LTR;
            case "rtl" -> Language.Direction.RTL;
            default -> {
                problems.error(dir.get().pos(), "dir must be 'ltr' or 'rtl', found '" + dir.get().value() + "'", "use rtl for Arabic or Hebrew, ltr otherwise");
                yield Language.Direction.LTR;
            }
        };
    }

    private String defaultLanguage(Fields fields, Set<String> codes) {
        Optional<Located<String>> value = fields.locatedText("defaultLanguage");
        if (value.isEmpty()) {
            if (!fields.has("defaultLanguage")) {
                fields.missing("defaultLanguage");
            }
            return codes.isEmpty() ? "en" : codes.iterator().next();
        }
        String code = value.get().value();
        if (!codes.isEmpty() && !codes.contains(code)) {
            problems.error(value.get().pos(), "default language '" + code + "' is not one of the languages",
                    Suggestions.didYouMean(code, codes));
        }
        return code;
    }

    private Map<String, String> perLanguage(Fields fields, String key, Set<String> codes, boolean required) {
        Map<String, String> result = new LinkedHashMap<>();
        if (!fields.has(key)) {
            if (required) {
                fields.missing(key);
            }
            return result;
        }
        Optional<YMap> map = fields.mapping(key);
        if (map.isEmpty()) {
            return result;
        }
        Map<String, Located<String>> values = fields.textMap(key);
        values.forEach((lang, value) -> {
            if (!codes.contains(lang)) {
                problems.error(map.get().entry(lang).orElseThrow().keyPos(), "'" + key + "' has a value for '" + lang + "', which is not a configured language",
                        Suggestions.didYouMean(lang, codes));
            } else {
                result.put(lang, value.value());
            }
        });
        for (String code : codes) {
            if (!values.containsKey(code) && (required || !values.isEmpty())) {
                problems.error(map.get().pos(), "'" + key + "' has no value for language '" + code + "'", "add " + code + ": \"...\" under " + key);
            }
        }
        return result;
    }

    private URI baseUrl(Fields fields) {
        Optional<Located<String>> value = fields.locatedText("baseUrl");
        if (value.isEmpty()) {
            if (!fields.has("baseUrl")) {
                fields.missing("baseUrl");
            }
            return URI.create("http://localhost/");
        }
        String raw = value.get().value().trim();
        Optional<URI> uri = webAddress(raw);
        if (uri.isEmpty()) {
            problems.error(value.get().pos(), "baseUrl '" + raw + "' is not an absolute web address",
                    "write the full address, such as https://example.org/power-of-we/");
            return URI.create("http://localhost/");
        }
        return uri.get();
    }

    /**
     * Reads a base address the site may be published under: http or https, with a host, without
     * query or fragment; a missing final slash is added. Empty when {@code raw} is not one
     * ({@code example.org/x}, {@code javascript:...}). The command line's {@code --base-url} is
     * checked with the same rule.
     */
    public static Optional<URI> webAddress(String raw) {
        try {
            String trimmed = raw.trim();
            URI uri = new URI(trimmed.endsWith("/") ? trimmed : trimmed + "/");
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private String theme(Fields fields) {
        Optional<Located<String>> value = fields.locatedText("theme");
        if (value.isEmpty()) {
            if (!fields.has("theme")) {
                fields.missing("theme");
            }
            return "";
        }
        String theme = value.get().value();
        if (!SLUG.matcher(theme).matches() || !Files.isDirectory(layout.themeDir(theme))) {
            problems.error(value.get().pos(), "theme '" + theme + "' does not exist in themes/",
                    Suggestions.didYouMean(theme, existingThemes()));
        }
        return theme;
    }

    private Set<String> existingThemes() {
        Set<String> names = new TreeSet<>();
        if (Files.isDirectory(layout.themesDir())) {
            try (Stream<Path> list = Files.list(layout.themesDir())) {
                list.filter(Files::isDirectory).forEach(p -> names.add(p.getFileName().toString()));
            } catch (IOException e) {
                // An unreadable themes folder only costs us the hint.
            }
        }
        return names;
    }

    private Map<String, Map<String, String>> sections(Fields fields, Set<String> codes) {
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        Optional<YMap> sections = fields.mapping("sections");
        if (sections.isEmpty()) {
            return result;
        }
        for (YMap.Entry entry : sections.get().entries()) {
            if (!SLUG.matcher(entry.key()).matches()) {
                problems.error(entry.keyPos(), "section name '" + entry.key() + "' must be lower-case letters, digits and -",
                        "it must match the folder name in content/");
            }
            Fields slugs = Fields.of(entry.value(), entry.keyPos(), "section '" + entry.key() + "'", problems);
            Map<String, String> perLanguage = new LinkedHashMap<>();
            for (YMap.Entry slug : slugs.map().entries()) {
                if (!codes.contains(slug.key())) {
                    problems.error(slug.keyPos(), "section '" + entry.key() + "' has a slug for '" + slug.key() + "', which is not a configured language",
                            Suggestions.didYouMean(slug.key(), codes));
                    continue;
                }
                slugs.locatedText(slug.key()).ifPresent(s -> {
                    if (!SLUG.matcher(s.value()).matches()) {
                        problems.error(s.pos(), "section slug '" + s.value() + "' must be lower-case letters, digits and -", "for example: lineas-de-trabajo");
                    }
                    perLanguage.put(slug.key(), s.value());
                });
            }
            for (String code : codes) {
                if (!perLanguage.containsKey(code) && slugs.map().entry(code).isEmpty()) {
                    problems.error(entry.keyPos(), "section '" + entry.key() + "' has no slug for language '" + code + "'",
                            "add " + code + ": <url-segment> to the section, e.g. " + entry.key() + ": { " + code + ": " + entry.key() + " }");
                }
            }
            result.put(entry.key(), perLanguage);
        }
        return result;
    }

    private Map<String, List<MenuEntry>> menus(Fields fields, Set<String> codes) {
        Map<String, List<MenuEntry>> result = new LinkedHashMap<>();
        Optional<YMap> menus = fields.mapping("menus");
        if (menus.isEmpty()) {
            return result;
        }
        for (YMap.Entry entry : menus.get().entries()) {
            if (!codes.contains(entry.key())) {
                problems.error(entry.keyPos(), "menu for '" + entry.key() + "', which is not a configured language", Suggestions.didYouMean(entry.key(), codes));
                continue;
            }
            if (!(entry.value() instanceof YList items)) {
                problems.error(entry.value().pos(), "the menu of '" + entry.key() + "' must be a list", "write one '- page: pact/_index' per item");
                continue;
            }
            List<MenuEntry> entries = new ArrayList<>();
            for (YNode item : items.items()) {
                Fields menuItem = Fields.of(item, item.pos(), "a menu item", problems);
                menuItem.reportUnknown(MENU_FIELDS, Severity.ERROR, "a menu item");
                menuItem.locatedText("page").ifPresentOrElse(
                        page -> entries.add(new MenuEntry(page.value(), menuItem.text("title"), page.pos())),
                        () -> problems.error(item.pos(), "a menu item needs a 'page'", "for example: - page: pledges/_index"));
            }
            result.put(entry.key(), entries);
        }
        return result;
    }

    private MissingTranslations translations(Fields fields) {
        Optional<YMap> map = fields.mapping("translations");
        if (map.isEmpty()) {
            return MissingTranslations.FALLBACK;
        }
        Fields translations = Fields.of(map.get(), map.get().pos(), "translations", problems);
        translations.reportUnknown(Set.of("missing"), Severity.ERROR, "translations");
        Optional<Located<String>> missing = translations.locatedText("missing");
        if (missing.isEmpty()) {
            return MissingTranslations.FALLBACK;
        }
        return switch (missing.get().value()) {
            case "fallback" -> MissingTranslations.FALLBACK;
            case "omit" -> MissingTranslations.OMIT;
            default -> {
                problems.error(missing.get().pos(), "translations.missing must be 'fallback' or 'omit'",
                        Suggestions.didYouMean(missing.get().value(), List.of("fallback", "omit")));
                yield MissingTranslations.FALLBACK;
            }
        };
    }

    private Map<String, Set<String>> markup(Fields fields) {
        Map<String, Set<String>> result = new LinkedHashMap<>();
        Optional<YMap> map = fields.mapping("markup");
        if (map.isEmpty()) {
            return result;
        }
        Fields markup = Fields.of(map.get(), map.get().pos(), "markup", problems);
        markup.reportUnknown(Set.of("allowHtml"), Severity.ERROR, "markup");
        markup.mapping("allowHtml").ifPresent(tags -> {
            for (YMap.Entry tag : tags.entries()) {
                if (!TAG_NAME.matcher(tag.key()).matches()) {
                    problems.error(tag.keyPos(), "'" + tag.key() + "' is not an HTML tag name", "use lower-case tag names such as details");
                    continue;
                }
                Set<String> attributes = new LinkedHashSet<>();
                Fields.of(tags, tags.pos(), "allowHtml", problems).textList(tag.key()).forEach(a -> {
                    String name = a.value().toLowerCase(Locale.ROOT);
                    if (name.startsWith("on") || name.equals("style") || name.equals("srcdoc") || name.equals("http-equiv") || name.equals("srcset")) {
                        problems.error(a.pos(), "attribute '" + a.value() + "' cannot be allowed", "event handlers, inline styles, srcdoc, srcset and http-equiv would run code or load what the site's security policy forbids");
                    } else {
                        attributes.add(a.value());
                    }
                });
                if (org.powerofwe.markdown.HtmlSanitizer.NEVER_ALLOWED.contains(tag.key())) {
                    problems.error(tag.keyPos(), "<" + tag.key() + "> cannot be allowed in content: it runs code, loads another document or redirects the page",
                            "embed media and forms through the theme instead");
                    continue;
                }
                result.put(tag.key(), attributes);
            }
        });
        return result;
    }

    private static Set<String> orderedSet(String... values) {
        return new LinkedHashSet<>(List.of(values));
    }
}
