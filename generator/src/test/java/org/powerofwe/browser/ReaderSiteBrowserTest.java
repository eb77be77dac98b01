package org.powerofwe.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reader's site in a real browser (Debian's headless Chromium): every kind of page in every
 * language, on a phone and on a desktop, with axe-core's accessibility rules, the search, the
 * language switcher, the menu, the skip link and the print stylesheet. Screenshots of every page
 * kind are saved under target/screenshots/ for review. Each test says what a reader would notice
 * if it broke.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderSiteBrowserTest {

    static final int PHONE = 375;
    static final int DESKTOP = 1280;

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
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        browser.viewport(DESKTOP);
    }

    /**
     * Readers of every page kind, in each language, on a phone and a desktop, get the page in
     * their language with one main heading, no script error, nothing blocked by the
     * Content-Security-Policy, and (on a phone) no sideways scrolling.
     */
    @Test
    void everyPageKindRendersInEachLanguageOnPhonesAndDesktops() {
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {PHONE, DESKTOP}) {
            browser.viewport(width);
            for (PageKind kind : PageKind.ALL) {
                for (String lang : RealSite.LANGUAGES) {
                    String where = kind.name() + " (" + lang + ", " + width + " px): ";
                    browser.open(kind.url(site, lang));
                    String htmlLang = String.valueOf(browser.script("return document.documentElement.lang;"));
                    if (!htmlLang.startsWith(lang)) {
                        problems.add(where + "the page says it is in " + htmlLang);
                    }
                    List<WebElement> headings = browser.driver.findElements(By.tagName("h1"));
                    if (headings.size() != 1 || !headings.get(0).isDisplayed()) {
                        problems.add(where + "expected one visible h1, found " + headings.size());
                    }
                    browser.consoleErrors().forEach(e -> problems.add(where + "console error: " + e));
                    browser.cspViolations().forEach(v -> problems.add(where + "Content-Security-Policy violation: " + v));
                    if (width == PHONE) {
                        // Against the screen's width: a phone browser widens window.innerWidth to fit content that overflows.
                        Number overflow = (Number) browser.script("return document.documentElement.scrollWidth - arguments[0];", width);
                        if (overflow.intValue() > 0) {
                            problems.add(where + "the page scrolls sideways by " + overflow + " px");
                        }
                    }
                    browser.screenshot(kind.name() + "-" + lang + "-" + width);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Readers who use assistive technology meet no axe-core violation on any page kind, in any language. */
    @Test
    void everyPageKindHasNoAccessibilityViolations() {
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {DESKTOP, PHONE}) {
            browser.viewport(width);
            for (PageKind kind : PageKind.ALL) {
                for (String lang : RealSite.LANGUAGES) {
                    browser.open(kind.url(site, lang));
                    Results results = new AxeBuilder().analyze(browser.driver);
                    assertFalse(results.isErrored(), () -> "axe could not run: " + results.getErrorMessage());
                    for (Rule rule : results.getViolations()) {
                        rule.getNodes().forEach(node -> problems.add(kind.name() + " (" + lang + ", " + width + " px): " + rule.getId()
                                + " [" + rule.getImpact() + "] " + rule.getHelp() + "\n    " + node.getHtml() + "\n    " + node.getFailureSummary()));
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " accessibility violation(s):\n" + String.join("\n", problems));
    }

    /** A reader who switches language stays on the same page, now in the other language. */
    @Test
    void theLanguageSwitcherLeadsToTheSamePageInTheOtherLanguage() {
        for (String key : List.of("pledges/subsidiarity", "report/2021/caring-for-people", "campaigns/outreach-2021", "search/_index", "_index")) {
            browser.open(site.url(key, "en"));
            browser.driver.findElement(By.cssSelector(".language-switcher a[hreflang='fr-FR']")).click();
            waitFor(() -> browser.driver.getCurrentUrl().equals(site.url(key, "fr")), "the French " + key);
            assertEquals(site.page(key, "fr").title(), browser.driver.findElement(By.tagName("h1")).getText().replace('\u202f', ' ').replace('\u00a0', ' ')
                    .replaceAll("\\s+", " "), "the French page's title");
            browser.driver.findElement(By.cssSelector(".language-switcher a[hreflang='es-ES']")).click();
            waitFor(() -> browser.driver.getCurrentUrl().equals(site.url(key, "es")), "the Spanish " + key);
            assertEquals("true", browser.driver.findElement(By.cssSelector(".language-switcher a[hreflang='es-ES']")).getAttribute("aria-current"));
        }
    }

    /** A French reader typing "cooperation decentralisee" without accents finds the undertaking "Coopération décentralisée…". */
    @Test
    void searchFindsAFrenchPageFromAQueryWithoutAccents() {
        browser.open(site.url("search/_index", "fr"));
        assertFalse(indexRequested(), "the search index must not load before the reader starts searching");
        WebElement input = browser.driver.findElement(By.id("search-input"));
        input.sendKeys("cooperation decentralisee");
        String expected = site.url("undertakings/decentralized-development-cooperation", "fr");
        waitFor(() -> browser.driver.findElements(By.cssSelector("#search-results a")).stream()
                .anyMatch(a -> a.getText().startsWith("Coopération décentralisée") && a.getAttribute("href").equals(expected)), "the French undertaking in the results");
        assertTrue(indexRequested(), "the index is loaded once the reader types");
        WebElement status = browser.driver.findElement(By.id("search-status"));
        assertEquals("polite", status.getAttribute("aria-live"), "the count is announced politely to screen readers");
        // French spacing reaches the script's messages: narrow no-break spaces inside the guillemets.
        assertTrue(status.getText().matches("\\d+ résultats? pour «\u202fcooperation decentralisee\u202f»"), status.getText());
        assertTrue(browser.driver.getCurrentUrl().contains("q=cooperation"), "the address keeps the query, so Back and sharing work");
    }

    /** A reader searching for a page's exact title sees that page first, above pages that only mention the words. */
    @Test
    void searchRanksTitleMatchesAboveMentionsInTheText() {
        browser.open(site.url("search/_index", "es") + "?q=finanzas%20locales");
        String expected = site.page("undertakings/local-finance", "es").title();
        waitFor(() -> !browser.driver.findElements(By.cssSelector("#search-results a")).isEmpty(), "results for a query in the address");
        assertEquals(expected, browser.driver.findElements(By.cssSelector("#search-results a")).get(0).getText());
        WebElement input = browser.driver.findElement(By.id("search-input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "zzqqxx");
        waitFor(() -> browser.driver.findElement(By.id("search-status")).getText().startsWith("Ningún resultado"), "a no-results message in Spanish");
    }

    /** Without JavaScript, the search page tells the reader so in their language and lists the sections instead. */
    @Test
    void theSearchPageWithoutJavaScriptSaysSoAndListsTheSections() {
        browser.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        browser.open(site.url("search/_index", "fr"));
        WebElement notice = browser.driver.findElement(By.cssSelector(".search-nojs"));
        assertTrue(notice.isDisplayed(), "the no-JavaScript notice is shown");
        assertTrue(notice.getText().startsWith("La recherche a besoin de JavaScript"), notice.getText());
        assertTrue(browser.driver.findElements(By.cssSelector(".section-list a")).size() >= 4, "the sections are listed");
        assertEquals("get", browser.driver.findElement(By.id("search-form")).getAttribute("method"), "the form still works as a plain GET form");
    }

    /** Without JavaScript, a phone shows the whole menu (nothing hidden behind a button that cannot open). */
    @Test
    void withoutJavaScriptTheMenuIsShownOnPhones() {
        browser.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        browser.viewport(PHONE);
        browser.open(site.url("_index", "es"));
        assertFalse(browser.driver.findElement(By.cssSelector(".menu-toggle")).isDisplayed());
        assertTrue(browser.driver.findElements(By.cssSelector(".main-nav a")).stream().allMatch(WebElement::isDisplayed), "every menu link is visible");
    }

    /** On a phone, keyboard users open the menu with its button, reach its links, and close it with Escape. */
    @Test
    void theMenuOpensAndClosesWithTheKeyboardOnPhones() {
        browser.viewport(PHONE);
        browser.open(site.url("_index", "en"));
        WebElement button = browser.driver.findElement(By.cssSelector(".menu-toggle"));
        WebElement firstLink = browser.driver.findElement(By.cssSelector(".main-nav a"));
        assertTrue(button.isDisplayed(), "the Menu button is shown on a phone");
        assertEquals("false", button.getAttribute("aria-expanded"));
        assertFalse(firstLink.isDisplayed(), "the menu starts closed");
        browser.script("arguments[0].focus();", button);
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        assertEquals("true", button.getAttribute("aria-expanded"));
        assertTrue(firstLink.isDisplayed(), "Enter opens the menu");
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        assertEquals(firstLink, browser.driver.switchTo().activeElement(), "Tab moves from the button into the menu");
        new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
        assertEquals("false", button.getAttribute("aria-expanded"));
        assertEquals(button, browser.driver.switchTo().activeElement(), "Escape closes the menu and returns to its button");
        browser.viewport(DESKTOP);
        waitFor(() -> !button.isDisplayed() && firstLink.isDisplayed(), "the full menu on a wide screen");
    }

    /** Keyboard users reach "Skip to main content" first, see it, and land in the content. */
    @Test
    void theSkipLinkIsReachedFirstAndLeadsIntoTheContent() {
        browser.open(site.url("report/2021/caring-for-people", "fr"));
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        WebElement active = browser.driver.switchTo().activeElement();
        assertEquals("skip-link", active.getAttribute("class"));
        assertTrue(active.isDisplayed() && active.getRect().getY() >= 0, "the skip link is visible when focused");
        assertEquals("Aller au contenu principal", active.getText());
        Object outline = browser.script("return getComputedStyle(arguments[0]).outlineStyle;", active);
        assertFalse("none".equals(outline), "focus is visible");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        assertEquals("main", browser.driver.switchTo().activeElement().getAttribute("id"));
    }

    /** A printed chapter is a clean document: no header, menu, footer, contents or pager; the text and figures remain. */
    @Test
    void aChapterPrintsWithoutHeaderMenuOrFooter() {
        browser.open(site.url("report/2021/caring-for-people", "en"));
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        for (String hidden : List.of(".site-header", ".main-nav", ".language-switcher", ".site-footer", ".toc", ".pager", ".breadcrumbs")) {
            assertEquals("none", browser.script("return getComputedStyle(document.querySelector(arguments[0])).display;", hidden), hidden + " is not printed");
        }
        assertTrue(browser.driver.findElement(By.tagName("h1")).isDisplayed(), "the title is printed");
        assertTrue(browser.driver.findElement(By.cssSelector(".prose")).isDisplayed(), "the text is printed");
        assertTrue(browser.driver.findElement(By.cssSelector("figure.chart svg")).isDisplayed(), "the chart is printed");
        Map<String, Object> pdf = browser.driver.executeCdpCommand("Page.printToPDF", Map.of("printBackground", true));
        assertNotNull(browser.save("chapter-en-print.pdf", Base64.getDecoder().decode((String) pdf.get("data"))));
    }

    /** Readers who ask for less motion get no smooth scrolling or transitions. */
    @Test
    void readersWhoPreferReducedMotionGetNoAnimation() {
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        browser.open(site.url("_index", "en"));
        assertEquals("auto", browser.script("return getComputedStyle(document.documentElement).scrollBehavior;"));
        assertEquals("0s", browser.script("return getComputedStyle(document.querySelector('.card')).transitionDuration;"));
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }

    private boolean indexRequested() {
        return Boolean.TRUE.equals(browser.script(
                "return performance.getEntriesByType('resource').some(function (e) { return e.name.indexOf('search-index.json') >= 0; });"));
    }

    private void waitFor(java.util.function.BooleanSupplier condition, String what) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).withMessage("waiting for " + what).until(d -> condition.getAsBoolean());
    }
}
