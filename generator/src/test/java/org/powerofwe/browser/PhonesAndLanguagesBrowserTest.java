package org.powerofwe.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What phone readers and readers of every language notice first, in Debian's headless Chromium:
 * nothing scrolls sideways on the smallest phones, the page does not jump while it loads (the
 * phone menu is closed from the first paint), and an address that does not exist answers in the
 * language of the address, as GitHub Pages serves it (one root 404.html for every address).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhonesAndLanguagesBrowserTest {

    static final int SMALL_PHONE = 320;
    static final int PHONE = 375;
    static final int DESKTOP = 1280;
    /** Google's "good" cumulative layout shift is 0.1; the site promises half of that. */
    static final double MAX_LAYOUT_SHIFT = 0.05;

    RealSite site;
    Browser browser;

    @BeforeAll
    void start() {
        Browser.requireChromium();
        site = RealSite.get();
        browser = Browser.start();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void backToNormal() {
        browser.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        browser.driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 1));
        browser.driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        browser.viewport(DESKTOP);
    }

    /**
     * On a 320 px phone, every page kind in every language (figures tables and charts included)
     * and the translation status page fit the screen: nothing scrolls sideways and no text runs
     * past the edge. Measured against the screen's width, since a phone browser widens its layout
     * viewport to fit content that overflows.
     */
    @Test
    void nothingScrollsSidewaysOnTheSmallestPhones() {
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {SMALL_PHONE, PHONE, DESKTOP}) {
            browser.viewport(width);
            for (PageKind kind : PageKind.ALL) {
                for (String lang : RealSite.LANGUAGES) {
                    browser.open(kind.url(site, lang));
                    overflow(width).ifPresent(o -> problems.add(kind.name() + " (" + lang + ", " + width + " px): " + o));
                }
            }
            browser.open(site.url("translation-status/"));
            overflow(width).ifPresent(o -> problems.add("translation status (" + width + " px): " + o));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * On a phone the menu is closed in the very first paint, by the stylesheet alone: with the
     * menu script blocked, the button shows and the links are hidden, and no page carries inline
     * script. (Painted open and then closed by the script, the page jumped by 300 px.)
     */
    @Test
    void thePhoneMenuIsClosedBeforeAnyScriptRuns() {
        browser.driver.executeCdpCommand("Network.enable", Map.of());
        browser.driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/assets/js/*")));
        browser.viewport(PHONE);
        for (String lang : RealSite.LANGUAGES) {
            browser.open(site.url("_index", lang));
            assertTrue(browser.driver.findElement(By.cssSelector(".menu-toggle")).isDisplayed(), lang + ": the Menu button shows");
            assertTrue(browser.driver.findElements(By.cssSelector(".main-nav a")).stream().noneMatch(WebElement::isDisplayed),
                    lang + ": the menu's links are hidden until the reader opens it");
            assertEquals(0L, browser.script("return document.querySelectorAll('script:not([src])').length;"), lang + ": no inline script");
        }
    }

    /**
     * On a phone with a slow processor (CPU four times slower), no page kind, in any language,
     * moves its content while it loads: cumulative layout shift stays under 0.05.
     */
    @Test
    void pagesDoNotJumpWhileLoadingOnASlowPhone() {
        browser.viewport(PHONE);
        browser.driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
        List<String> problems = new ArrayList<>();
        for (PageKind kind : PageKind.ALL) {
            for (String lang : RealSite.LANGUAGES) {
                browser.open(kind.url(site, lang));
                Number shift = (Number) browser.driver.executeAsyncScript(
                        "var done = arguments[arguments.length - 1]; var total = 0;"
                                + "new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) {"
                                + " if (!e.hadRecentInput) { total += e.value; } }); }).observe({type: 'layout-shift', buffered: true});"
                                + "setTimeout(function () { done(total); }, 500);");
                if (shift.doubleValue() >= MAX_LAYOUT_SHIFT) {
                    problems.add(kind.name() + " (" + lang + "): layout shift " + shift);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * A French or Spanish reader who follows a broken link gets "page not found" in their own
     * language (page language, title, heading and links into their language's site), although
     * the host serves one root 404.html for every address.
     */
    @Test
    void anAddressThatDoesNotExistAnswersInItsLanguage() {
        Map<String, String> expected = Map.of("en", "Page not found", "fr", "Page introuvable", "es", "Página no encontrada");
        for (String lang : RealSite.LANGUAGES) {
            browser.open(site.url(lang + "/no-such-page/deeper/"));
            assertTrue(String.valueOf(browser.script("return document.documentElement.lang;")).startsWith(lang), lang + ": the page's language");
            List<WebElement> headings = browser.driver.findElements(By.tagName("h1"));
            assertEquals(1, headings.size(), lang + ": one heading");
            assertEquals(expected.get(lang), headings.get(0).getText(), lang + ": the heading");
            assertTrue(browser.driver.getTitle().startsWith(expected.get(lang)), lang + ": the title " + browser.driver.getTitle());
            String home = site.url(lang + "/");
            assertTrue(browser.driver.findElements(By.cssSelector("main a")).stream().anyMatch(a -> home.equals(a.getAttribute("href"))),
                    lang + ": a link to the home page in that language");
            assertEquals(site.url(lang + "/no-such-page/deeper/"), browser.driver.getCurrentUrl(), lang + ": the address the reader asked for stays");
        }
    }

    /** Without JavaScript, the 404 page shows every language, each marked as such, so every reader can read it. */
    @Test
    void withoutJavaScriptThe404PageShowsEveryLanguage() {
        browser.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        browser.open(site.url("fr/introuvable/"));
        List<String> languages = browser.driver.findElements(By.cssSelector("h1")).stream()
                .filter(WebElement::isDisplayed)
                .map(h -> String.valueOf(browser.script("return arguments[0].closest('[lang]').lang;", h)))
                .toList();
        assertEquals(List.of("en-GB", "fr-FR", "es-ES"), languages);
    }

    /** French readers see French spacing in link previews and the browser tab; Spanish readers see 2000, not 2.000. */
    @Test
    void eachLanguagesTypographyReachesMetadataAndNumbers() {
        browser.open(site.url("report/2021/learning", "fr"));
        String description = String.valueOf(browser.script(
                "return Array.from(document.querySelectorAll('meta[property^=\"og:\"], meta[name=description], meta[name^=\"twitter:\"]'))"
                        + ".map(function (m) { return m.content; }).join('\\n');"));
        assertFalse(description.matches("(?s).* [:;!?»].*"), "no ordinary space before French high punctuation in the sharing tags:\n" + description);
        browser.open(site.url("figures/_index", "es"));
        String figures = browser.driver.findElement(By.tagName("main")).getText();
        assertFalse(figures.matches("(?s).*\\b\\d\\.\\d{3}\\b(?!\\.\\d).*"), "no grouped four-digit number in Spanish");
        browser.open(site.url("_index", "en"));
        String text = browser.driver.findElement(By.tagName("main")).getText();
        assertFalse(text.matches("(?s).*[A-Za-z]'[A-Za-z].*"), "no straight apostrophe in English text");
    }

    /** What sticks out past a screen this wide: the page itself, or a visible element (SVG text included). */
    private java.util.Optional<String> overflow(int width) {
        Object found = browser.script("var width = arguments[0];"
                + "if (document.documentElement.scrollWidth > width) { return 'the page is ' + document.documentElement.scrollWidth + ' px wide'; }"
                + "var wide = Array.prototype.filter.call(document.querySelectorAll('body *'), function (e) {"
                + "  var r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.right > width + 1 && !e.closest('.visually-hidden, .skip-link, thead'); });"
                + "return wide.length ? wide[0].tagName.toLowerCase() + ' \"' + (wide[0].textContent || '').trim().slice(0, 40) + '\" reaches '"
                + "  + Math.round(wide[0].getBoundingClientRect().right) + ' px' : null;", width);
        return java.util.Optional.ofNullable((String) found);
    }
}
