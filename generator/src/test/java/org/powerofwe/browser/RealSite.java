package org.powerofwe.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.powerofwe.build.BuildOptions;
import org.powerofwe.build.BuildResult;
import org.powerofwe.build.SiteBuilder;
import org.powerofwe.config.ProjectLayout;
import org.powerofwe.config.SiteConfig;
import org.powerofwe.config.SiteConfigLoader;
import org.powerofwe.content.ContentFile;
import org.powerofwe.content.ContentLoader;
import org.powerofwe.content.LoadedContent;
import org.powerofwe.content.ContentScanner;
import org.powerofwe.diag.Problem;
import org.powerofwe.diag.Problems;
import org.powerofwe.model.Page;
import org.powerofwe.model.PageKey;
import org.powerofwe.model.Site;
import org.powerofwe.model.SiteAssembler;
import org.powerofwe.testing.RepoPaths;

/**
 * The organisation's real site, built once per test run into a temporary folder for the address
 * http://127.0.0.1:PORT/ and served there, with the assembled model to find each page's URL in
 * each language. Shared by the browser, validator and feed tests.
 */
final class RealSite {

    static final List<String> LANGUAGES = List.of("en", "fr", "es");

    private static RealSite instance;

    final Path output;
    final String baseUrl;
    final Site model;

    private RealSite(Path output, String baseUrl, Site model) {
        this.output = output;
        this.baseUrl = baseUrl;
        this.model = model;
    }

    /** Builds (the first time) and serves the real site. */
    static synchronized RealSite get() {
        if (instance == null) {
            try {
                Path dir = Files.createTempDirectory("power-of-we-site");
                StaticServer server = new StaticServer();
                String baseUrl = "http://127.0.0.1:" + server.port() + "/";
                Path output = dir.resolve("public");
                BuildResult result = new SiteBuilder().build(BuildOptions.of(RepoPaths.root(), output).withBaseUrl(URI.create(baseUrl)));
                assertTrue(result.published() && !result.hasErrors(), () -> "the real site must build:\n"
                        + String.join("\n", result.problems().stream().map(Problem::format).toList()));
                server.serve(output);
                instance = new RealSite(output, baseUrl, assemble(baseUrl));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    delete(dir);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    private static Site assemble(String baseUrl) {
        Problems problems = new Problems();
        ProjectLayout layout = new ProjectLayout(RepoPaths.root());
        SiteConfig config = new SiteConfigLoader(layout, problems).load().orElseThrow().withBaseUrl(URI.create(baseUrl));
        List<ContentFile> files = new ContentScanner(layout, new LinkedHashSet<>(config.languageCodes()), problems).scan();
        LoadedContent content = new ContentLoader(config, ForkJoinPool.commonPool()).load(files, problems);
        return new SiteAssembler(config, problems).assemble(content.pages(), content.metrics(), false);
    }

    /** The published page of {@code key} ({@code pledges/subsidiarity}) in a language. */
    Page page(String key, String lang) {
        return model.find(PageKey.of(key), lang).orElseThrow(() -> new AssertionError("no page " + key + " in " + lang));
    }

    /** The absolute URL of a page of the model, or of a path such as {@code fr/404.html}. */
    String url(String key, String lang) {
        return baseUrl + page(key, lang).path();
    }

    String url(String path) {
        return baseUrl + path;
    }

    /** Every HTML file of the built site, relative to its root. */
    List<String> htmlFiles() {
        try (Stream<Path> walk = Files.walk(output.toRealPath())) {
            Path root = output.toRealPath();
            return walk.filter(p -> p.toString().endsWith(".html")).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String path) {
        try {
            return Files.readString(output.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder; the system cleans it in the end
        }
    }
}
