package org.powerofwe.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/**
 * The pull request's preview, downloaded, unzipped and opened by double-clicking a page: built
 * with {@code --relative-links}, every page works from {@code file://} in Chromium, with its
 * styles, scripts and links to the other pages and languages.
 */
class RelativeLinksBrowserTest {

    @TempDir
    Path dir;

    @Test
    void theDownloadedPreviewWorksOpenedFromTheFileSystem() {
        Browser.requireChromium();
        TestSite site = TestSite.write(dir, Sites.minimal("""
                -- content/pledges/_index.en.md --
                ---
                title: Pledges
                ---
                -- content/pledges/_index.fr.md --
                ---
                title: Engagements
                ---
                -- content/pledges/subsidiarity.en.md --
                ---
                title: Subsidiarity
                axis: government
                weight: 1
                ---
                Read [the Government axis](../pact/government.md).
                """));
        Path unzipped = dir.resolve("site-preview");
        TestSite.CommandRun build = site.run("build", "--relative-links", "--output", unzipped.toString());
        assertEquals(0, build.exitCode(), build.err());

        try (Browser browser = Browser.start()) {
            for (int width : new int[] {375, 1280}) {
                browser.viewport(width);
                browser.open(unzipped.resolve("en/pledges/subsidiarity/index.html").toUri().toString());
                assertEquals("Subsidiarity", browser.driver.findElement(By.tagName("h1")).getText());
                // Without the theme's stylesheet, the body keeps the browser's 8px margin and the skip link sits in the text.
                assertEquals("0px", browser.script("return getComputedStyle(document.body).marginTop;"), "the stylesheet loads from the file system");
                assertEquals("absolute", browser.script("return getComputedStyle(document.querySelector('.skip-link')).position;"));
                assertEquals(List.of(), browser.cspViolations(), "nothing is refused by the page's security policy");

                browser.driver.findElement(By.linkText("the Government axis")).click();
                assertTrue(browser.driver.getCurrentUrl().endsWith("/en/pact/government/index.html"), browser.driver.getCurrentUrl());
                assertEquals("Government", browser.driver.findElement(By.tagName("h1")).getText());

                String french = browser.driver.findElement(By.cssSelector(".language-switcher a[lang^=fr]")).getAttribute("href");
                browser.open(french);
                assertEquals("Gouvernement", browser.driver.findElement(By.tagName("h1")).getText(), "the language switcher works from files");
            }
            browser.screenshot("relative-links-file-375");
        }
    }
}
