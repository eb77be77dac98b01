// Writes the Hugo version of a synthetic site (bench/SyntheticSite.java), so that bench/run can
// build the same pages with Hugo and ours side by side.
//
//   java bench/HugoSite.java --from SYNTHETIC_DIR --out DIR
//
// Single-file Java 17 program, no dependencies. The synthetic site's Markdown already uses Hugo's
// multilingual file names (page.en.md, _index.fr.md) and Hugo's shortcode syntax, so the pages are
// copied as they are. What differs is written here:
//   hugo.toml                  three languages, the main menu, the same base URL
//   data/metric.json           the figures of content/data/metrics/*.yml, keyed by id
//   layouts/                   a small theme doing what ours does on every page: header, menu,
//                              language switcher, breadcrumbs, table of contents, body, previous and
//                              next page, footer; list pages with their children and summaries;
//                              the shortcodes metric and figures; a link hook that turns links to
//                              .md files into the pages' addresses, as our generator does.
// The theme is lighter than ours (no search index, no figure charts, no checks), which favours
// Hugo in the comparison: ours does more work per page.

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

public final class HugoSite {

    public static void main(String[] args) throws IOException {
        Path from = null;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--from" -> from = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: java bench/HugoSite.java --from SYNTHETIC_DIR --out DIR");
                    System.exit(2);
                }
            }
        }
        if (from == null || out == null || !Files.isDirectory(from.resolve("content"))) {
            System.err.println("usage: java bench/HugoSite.java --from SYNTHETIC_DIR --out DIR (SYNTHETIC_DIR holds content/)");
            System.exit(2);
        }
        if (Files.exists(out)) {
            try (Stream<Path> s = Files.list(out)) {
                if (s.findAny().isPresent()) {
                    System.err.println("HugoSite: error: " + out + " is not empty");
                    System.exit(2);
                }
            }
        }
        Path content = from.resolve("content");
        int pages = 0;
        try (Stream<Path> files = Files.walk(content)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                String rel = content.relativize(p).toString().replace('\\', '/');
                if (!Files.isRegularFile(p) || rel.startsWith("data/") || !rel.endsWith(".md")) {
                    continue;
                }
                Path target = out.resolve("content").resolve(rel);
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
                pages++;
            }
        }
        Files.createDirectories(out.resolve("data"));
        write(out.resolve("data/metric.json"), metricsJson(content.resolve("data/metrics")));
        write(out.resolve("hugo.toml"), CONFIG);
        for (Map.Entry<String, String> e : LAYOUTS.entrySet()) {
            write(out.resolve("layouts").resolve(e.getKey()), e.getValue());
        }
        System.out.println("wrote the Hugo site: " + pages + " Markdown files into " + out);
    }

    static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    /** The figures of SyntheticSite's metrics files (a regular, known layout), as JSON keyed by id. */
    static String metricsJson(Path dir) throws IOException {
        Map<String, Map<String, String>> byId = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".yml")).sorted(Comparator.naturalOrder()).toList();
        }
        for (Path f : files) {
            Map<String, String> cur = null;
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String t = line.trim();
                if (t.startsWith("- id: ")) {
                    cur = new LinkedHashMap<>();
                    byId.put(t.substring(6).trim(), cur);
                } else if (cur != null && line.startsWith("    ") && t.contains(": ") && !t.startsWith("#")) {
                    int c = t.indexOf(": ");
                    String key = t.substring(0, c);
                    String value = unquote(t.substring(c + 2).trim());
                    // Labels are the only nested keys (en, fr, es at six spaces).
                    cur.put(line.startsWith("      ") ? "label_" + key : key, value);
                }
            }
        }
        StringBuilder json = new StringBuilder("{\n");
        List<String> entries = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> e : byId.entrySet()) {
            Map<String, String> m = e.getValue();
            entries.add("  " + quote(e.getKey()) + ": {\"value\": " + number(m.get("value"))
                    + ", \"unit\": " + quote(m.getOrDefault("unit", ""))
                    + ", \"label\": {\"en\": " + quote(m.getOrDefault("label_en", ""))
                    + ", \"fr\": " + quote(m.getOrDefault("label_fr", ""))
                    + ", \"es\": " + quote(m.getOrDefault("label_es", "")) + "}}");
        }
        json.append(String.join(",\n", entries)).append("\n}\n");
        return json.toString();
    }

    static String number(String s) {
        return s != null && s.matches("-?[0-9]+(\\.[0-9]+)?") ? s : "0";
    }

    static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static final String CONFIG = """
            baseURL = "https://example.org/power-of-we/"
            title = "The Power of We (synthetic)"
            defaultContentLanguage = "en"
            # Our generator writes no taxonomy pages and no feeds: neither does Hugo here.
            disableKinds = ["taxonomy", "term", "RSS"]
            enableGitInfo = false

            [markup.goldmark.renderer]
              unsafe = true
            [markup.tableOfContents]
              startLevel = 2
              endLevel = 3

            [languages.en]
              languageName = "English"
              weight = 1
              [[languages.en.menu.main]]
                name = "The Pact"
                pageRef = "/pact"
              [[languages.en.menu.main]]
                name = "2021 Report"
                pageRef = "/report/2021"
              [[languages.en.menu.main]]
                name = "News"
                pageRef = "/news"
            [languages.fr]
              languageName = "Français"
              weight = 2
              [[languages.fr.menu.main]]
                name = "Le Pacte"
                pageRef = "/pact"
              [[languages.fr.menu.main]]
                name = "Rapport 2021"
                pageRef = "/report/2021"
              [[languages.fr.menu.main]]
                name = "Actualités"
                pageRef = "/news"
            [languages.es]
              languageName = "Español"
              weight = 3
              [[languages.es.menu.main]]
                name = "El Pacto"
                pageRef = "/pact"
              [[languages.es.menu.main]]
                name = "Informe 2021"
                pageRef = "/report/2021"
              [[languages.es.menu.main]]
                name = "Noticias"
                pageRef = "/news"
            """;

    static final Map<String, String> LAYOUTS = new LinkedHashMap<>();

    static {
        LAYOUTS.put("_default/baseof.html", """
                <!DOCTYPE html>
                <html lang="{{ site.Language.Lang }}">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ site.Title }}</title>
                <meta name="description" content="{{ .Params.summary }}">
                <link rel="canonical" href="{{ .Permalink }}">
                {{ range .Translations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
                {{ end }}<link rel="stylesheet" href="/css/site.css">
                </head>
                <body>
                <header>
                  <a class="brand" href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a>
                  <nav aria-label="main"><ul>
                  {{ range site.Menus.main }}<li><a href="{{ .URL }}">{{ .Name }}</a></li>{{ end }}
                  </ul></nav>
                  <nav aria-label="languages"><ul>
                  {{ range .Translations }}<li><a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a></li>{{ end }}
                  </ul></nav>
                </header>
                <nav aria-label="breadcrumb"><ol>
                {{ range .Ancestors.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
                <li aria-current="page">{{ .Title }}</li>
                </ol></nav>
                <main>{{ block "main" . }}{{ end }}</main>
                <footer><p>{{ site.Title }} · {{ now.Year }}</p></footer>
                </body>
                </html>
                """);
        LAYOUTS.put("_default/single.html", """
                {{ define "main" }}
                <article>
                <h1>{{ .Title }}</h1>
                {{ with .Params.summary }}<p class="summary">{{ . }}</p>{{ end }}
                {{ with .Date }}{{ if not .IsZero }}<time datetime="{{ .Format "2006-01-02" }}">{{ .Format "2 January 2006" }}</time>{{ end }}{{ end }}
                <aside>{{ .TableOfContents }}</aside>
                {{ .Content }}
                <p>{{ .WordCount }} words · {{ .ReadingTime }} min</p>
                </article>
                <nav aria-label="pages">
                {{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
                {{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
                </nav>
                {{ end }}
                """);
        LAYOUTS.put("_default/list.html", """
                {{ define "main" }}
                <h1>{{ .Title }}</h1>
                {{ with .Params.summary }}<p class="summary">{{ . }}</p>{{ end }}
                {{ .Content }}
                <ul class="cards">
                {{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Params.summary }}</p></li>
                {{ end }}</ul>
                {{ end }}
                """);
        LAYOUTS.put("404.html", """
                {{ define "main" }}<h1>Page not found</h1><p><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a></p>{{ end }}
                """);
        LAYOUTS.put("shortcodes/metric.html", """
                {{- $m := index site.Data.metric (.Get 0) -}}
                {{- with $m -}}<strong class="metric" title="{{ index .label site.Language.Lang }}">{{ lang.FormatNumber 0 .value }} {{ .unit }}</strong>{{- end -}}
                """);
        LAYOUTS.put("shortcodes/figures.html", """
                <figure class="figures"><ul>
                {{- range .Params }}{{ $m := index site.Data.metric . }}{{ with $m }}
                <li><span>{{ index .label site.Language.Lang }}</span> <strong>{{ lang.FormatNumber 0 .value }} {{ .unit }}</strong></li>
                {{- end }}{{ end }}
                </ul></figure>
                """);
        LAYOUTS.put("_default/_markup/render-link.html", """
                {{- $dest := .Destination -}}
                {{- if and (strings.HasSuffix $dest ".md") (not (strings.Contains $dest "://")) -}}
                  {{- $path := path.Join "/" .Page.File.Dir (strings.TrimSuffix ".md" $dest) -}}
                  {{- $path = strings.TrimSuffix "/_index" (strings.TrimSuffix "_index" $path) -}}
                  {{- with site.GetPage $path }}{{ $dest = .RelPermalink }}{{ else }}{{ warnf "link not found: %s" $dest }}{{ $dest = "#" }}{{ end -}}
                {{- end -}}
                <a href="{{ $dest | safeURL }}"{{ with .Title }} title="{{ . }}"{{ end }}>{{ .Text | safeHTML }}</a>
                {{- /* */ -}}
                """);
    }

    private HugoSite() {
    }
}
