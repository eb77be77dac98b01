package org.powerofwe.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.build.BuildOptions;
import org.powerofwe.build.BuildResult;
import org.powerofwe.testing.PhotoSite;
import org.powerofwe.testing.TestSite;

/**
 * A page with a cover and photos, as readers on a phone and a desktop see it: the text does not
 * jump while pictures arrive (the browser reserves their space), and the page still passes axe
 * and the Nu HTML Checker.
 */
class ImageLayoutBrowserTest {

    @TempDir
    Path dir;

    /**
     * Notes where the text ends (the page's last paragraph) once the page is laid out with its
     * styles but before its photos have arrived (deferred scripts wait for the stylesheet).
     */
    private static final String NOTE_LAYOUT = "document.addEventListener('DOMContentLoaded', function () {"
            + " window.__before = window.__textEnd(); });"
            + " window.__textEnd = function () { var p = document.querySelectorAll('main p'); var last = p[p.length - 1];"
            + " return last.getBoundingClientRect().top + window.scrollY; };";

    @Test
    void photosDoNotMoveTheTextWhileTheyLoadOnPhonesAndDesktops() throws Exception {
        Browser.requireChromium();
        TestSite site = PhotoSite.write(dir);
        try (StaticServer server = new StaticServer(); Browser browser = Browser.start()) {
            String base = "http://127.0.0.1:" + server.port() + "/";
            BuildResult result = site.build(BuildOptions.of(site.root(), site.output()).withBaseUrl(URI.create(base)));
            assertFalse(result.hasErrors(), () -> String.join("\n", site.problems()));
            Path output = site.output().toRealPath();
            writeControlPage(output, 375);
            writeControlPage(output, 1280);
            server.serve(output);
            browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", NOTE_LAYOUT));
            // Photos arrive late, as on a slow connection, so the text is laid out before them: late
            // enough that a busy machine (CI runs other tests beside this one) still lays it out first.
            server.delayPhotos(2000);
            browser.driver.executeCdpCommand("Network.enable", Map.of());
            browser.driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            for (int width : new int[] {375, 1280}) {
                browser.viewport(width);
                double shift = shiftWhileLoading(browser, base + "en/news/gathering/");
                assertEquals(0.0, shift, 0.5, "the text moved by " + shift + " px while photos loaded at " + width + " px");
                browser.screenshot("images-article-" + width);
                double control = shiftWhileLoading(browser, base + "en/news/gathering/control-" + width + ".html");
                assertTrue(control > 50, "the same page without image sizes must move (else this test measures nothing): " + control + " px");
            }
            server.delayPhotos(0);
            browser.viewport(1280);
            browser.open(base + "en/news/gathering/");
            Results axe = new AxeBuilder().analyze(browser.driver);
            assertFalse(axe.isErrored(), () -> "axe could not run: " + axe.getErrorMessage());
            assertEquals(List.of(), axe.getViolations().stream().map(v -> v.getId() + ": " + v.getHelp()).toList());
        }
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        validator.setNoLangDetect(true);
        for (String page : List.of("en/news/gathering/index.html", "fr/actualites/gathering/index.html")) {
            List<String> errors = validator.validate(site.output().resolve(page)).lines()
                    .filter(line -> line.contains(": error:") || line.contains("fatal")).toList();
            assertEquals(List.of(), errors, "the Nu HTML Checker finds no error in " + page);
        }
    }

    /** Opens the page, scrolls through it so every lazy photo loads, and returns how far the end of the text moved, in CSS pixels. */
    private static double shiftWhileLoading(Browser browser, String url) throws InterruptedException {
        browser.open(url);
        for (int i = 0; i < 100; i++) {
            Object done = browser.script("window.scrollBy(0, 300);"
                    + " return window.innerHeight + window.scrollY >= document.body.scrollHeight"
                    + " && Array.from(document.images).every(function (img) { return img.complete; });");
            if (Boolean.TRUE.equals(done)) {
                break;
            }
            Thread.sleep(100);
        }
        Thread.sleep(300);
        return ((Number) browser.script("return window.__textEnd() - window.__before;")).doubleValue();
    }

    /**
     * The same article with the images' sizes and lazy loading removed, as a naive generator would
     * publish it; one per viewport {@code width}.
     */
    private static void writeControlPage(Path output, int width) throws IOException {
        Path page = output.resolve("en/news/gathering/index.html");
        Document html = Jsoup.parse(Files.readString(page), "");
        html.select("img").forEach(img -> img.removeAttr("width").removeAttr("height").removeAttr("loading"));
        // Addresses of its own, so Chromium cannot take the photos from its memory cache, where the
        // article's visit (or the control's at the other width) just put them: they must arrive late
        // here too (else the control measures 0 px).
        String query = "?control-" + width;
        html.select("img[src]").forEach(img -> img.attr("src", img.attr("src") + query));
        html.select("img[srcset], source[srcset]").forEach(e -> e.attr("srcset",
                java.util.Arrays.stream(e.attr("srcset").split(",")).map(String::strip)
                        .map(candidate -> candidate.replaceFirst("^(\\S+)", "$1" + query))
                        .collect(java.util.stream.Collectors.joining(", "))));
        Files.writeString(page.resolveSibling("control-" + width + ".html"), html.outerHtml(), StandardCharsets.UTF_8);
    }
}
