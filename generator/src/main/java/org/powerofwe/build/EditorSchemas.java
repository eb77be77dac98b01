package org.powerofwe.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.powerofwe.config.EditLink;
import org.powerofwe.config.ImageLimits;
import org.powerofwe.config.SiteConfigLoader;
import org.powerofwe.content.MetricsDecoder;
import org.powerofwe.model.Metric;
import org.powerofwe.publish.Json;

/**
 * Writes JSON Schemas of {@code site-config.yml}, the figures files and the glossaries from the
 * generator's own lists of fields and values, so that an editor (VS Code's YAML extension) flags
 * a mistyped key or unit while staff type, with the same names the build accepts. A field the
 * generator learns and this class does not describe fails at once (and in the tests).
 */
public final class EditorSchemas {

    /** Where the schemas are committed, relative to the project root. */
    public static final String FOLDER = "schemas";

    private static final String LANGUAGE_CODE = "^[A-Za-z]{2,3}(-[A-Za-z0-9]+)?$";

    private EditorSchemas() {
    }

    /** The schemas by file name ({@code site-config.schema.json}...), as JSON text. */
    public static Map<String, String> all() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("site-config.schema.json", Json.write(stable(siteConfig())));
        files.put("metrics.schema.json", Json.write(stable(metrics())));
        files.put("glossary.schema.json", Json.write(stable(glossary())));
        return files;
    }

    /** The same schema with every unordered map (Map.of) sorted by key, so the files are the same on every run. */
    private static Object stable(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = map instanceof LinkedHashMap ? new LinkedHashMap<>() : new java.util.TreeMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), stable(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(EditorSchemas::stable).toList();
        }
        return value;
    }

    static Map<String, Object> siteConfig() {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String key : SiteConfigLoader.TOP_LEVEL) {
            properties.put(key, switch (key) {
                case "title" -> perLanguage("The site's name, per language code.");
                case "description" -> perLanguage("One sentence about the site, per language code (search engines, sharing).");
                case "baseUrl" -> described(Map.of("type", "string", "pattern", "^https?://"), "The published address, ending with /.");
                case "theme" -> described(Map.of("type", "string"), "The folder of themes/ the site uses.");
                case "defaultLanguage" -> described(Map.of("type", "string", "pattern", LANGUAGE_CODE), "The source language, one of languages.");
                case "languages" -> described(Map.of("type", "array", "minItems", 1, "items", closed(SiteConfigLoader.LANGUAGE_FIELDS.stream().toList(),
                        List.of("code", "name", "locale"), field -> switch (field) {
                            case "code" -> Map.of("type", "string", "pattern", LANGUAGE_CODE);
                            case "dir" -> Map.of("enum", List.of("ltr", "rtl"));
                            default -> Map.of("type", "string");
                        })), "The site's languages, in the order of the language switcher.");
                case "sections" -> described(Map.of("type", "object", "additionalProperties", perLanguage("The section's address segment per language.")),
                        "The URL segment of each folder of content/, per language.");
                case "menus" -> described(Map.of("type", "object", "additionalProperties", Map.of("type", "array", "items",
                        closed(SiteConfigLoader.MENU_FIELDS.stream().toList(), List.of("page"), field -> Map.of("type", "string")))),
                        "The main menu per language code: page keys such as pact/_index, with an optional shorter title.");
                case "translations" -> described(closed(List.of("missing"), List.of(), field -> Map.of("enum", List.of("fallback", "omit"))),
                        "missing: fallback shows the English text with a notice; omit leaves the page out.");
                case "markup" -> described(closed(List.of("allowHtml"), List.of(), field -> Map.of("type", "object",
                        "additionalProperties", Map.of("type", "array", "items", Map.of("type", "string")))),
                        "HTML tags pages may use beyond the default ones, with their attributes.");
                case "editLink" -> described(closed(List.of("repository", "branch"), List.of("repository"), field -> field.equals("repository")
                        ? Map.of("type", "string", "pattern", "^" + EditLink.REPOSITORY.pattern() + "$") : Map.of("type", "string")),
                        "The GitHub repository (owner/name) and branch that each page's 'Edit this page' link opens.");
                case "images" -> described(closed(List.of("maxMegabytes", "maxPixels"), List.of(), field -> field.equals("maxMegabytes")
                        ? Map.of("type", "integer", "minimum", ImageLimits.MIN_MEGABYTES, "maximum", ImageLimits.MAX_MEGABYTES)
                        : Map.of("type", "integer", "minimum", ImageLimits.MIN_PIXELS, "maximum", ImageLimits.MAX_PIXELS)),
                        "The largest photo originals accepted: file size in megabytes (default 10) and width or height in pixels (default 8000).");
                default -> throw new IllegalStateException("site-config.yml key '" + key + "' has no schema: describe it in EditorSchemas");
            });
        }
        Map<String, Object> schema = header("site-config.yml", "Site-wide settings of the site (docs/content-format.md).");
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        schema.put("required", List.of("title", "baseUrl", "theme", "defaultLanguage", "languages"));
        schema.put("properties", properties);
        return schema;
    }

    static Map<String, Object> metrics() {
        Map<String, Object> figure = closed(MetricsDecoder.METRIC_FIELDS, List.of("id", "value", "unit", "period", "chapter"), field -> switch (field) {
            case "id", "series" -> Map.of("type", "string", "pattern", "^" + MetricsDecoder.ID.pattern() + "$");
            case "value", "max" -> Map.of("type", "number");
            case "qualifier" -> Map.of("enum", Arrays.stream(Metric.Qualifier.values()).map(Metric.Qualifier::id).toList());
            case "unit" -> Map.of("enum", Arrays.stream(Metric.Unit.values()).map(Metric.Unit::id).toList());
            case "period", "chapter", "source" -> Map.of("type", "string");
            case "label" -> perLanguage("What the figure counts, per language code.");
            default -> throw new IllegalStateException("figure field '" + field + "' has no schema: describe it in EditorSchemas");
        });
        Map<String, Object> schema = header("content/data/metrics/*.yml", "The figures pages cite with {{< metric id >}} (docs/content-format.md).");
        schema.putAll(closed(List.of("metrics"), List.of("metrics"), field -> Map.of("type", "array", "items", figure)));
        return schema;
    }

    static Map<String, Object> glossary() {
        Map<String, Object> schema = header("content/glossary/<language>.yml", "How recurring names are written in this language.");
        schema.putAll(closed(List.of("terms", "keep", "avoid"), List.of(), field -> !field.equals("keep")
                ? Map.of("type", "object", "additionalProperties", Map.of("type", "string"))
                : Map.of("type", "array", "items", Map.of("type", "string"))));
        return schema;
    }

    private static Map<String, Object> header(String title, String description) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", "http://json-schema.org/draft-07/schema#");
        schema.put("title", title);
        schema.put("description", description + " Generated by ./site schemas from the generator's rules; do not edit.");
        return schema;
    }

    /** An object with exactly these fields. */
    private static Map<String, Object> closed(List<String> fields, List<String> required, java.util.function.Function<String, Map<String, Object>> schemaOf) {
        Map<String, Object> properties = new LinkedHashMap<>();
        fields.forEach(field -> properties.put(field, schemaOf.apply(field)));
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("type", "object");
        object.put("additionalProperties", false);
        if (!required.isEmpty()) {
            object.put("required", new ArrayList<>(required));
        }
        object.put("properties", properties);
        return object;
    }

    private static Map<String, Object> perLanguage(String description) {
        return described(Map.of("type", "object", "propertyNames", Map.of("pattern", LANGUAGE_CODE), "additionalProperties", Map.of("type", "string")),
                description);
    }

    private static Map<String, Object> described(Map<String, Object> schema, String description) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("description", description);
        new java.util.TreeMap<>(schema).forEach(out::put);
        return out;
    }
}
