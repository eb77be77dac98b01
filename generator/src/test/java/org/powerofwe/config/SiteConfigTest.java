package org.powerofwe.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/** Mistakes in site-config.yml: reported at their line with a hint, and the build stops. */
class SiteConfigTest {

    @TempDir
    Path dir;

    private static final String VALID = """
            -- site-config.yml --
            title: { en: "T", fr: "T", es: "T" }
            baseUrl: "https://example.org/sub/"
            theme: wecare
            defaultLanguage: en
            languages:
              - { code: en, name: English, locale: en-GB }
              - { code: fr, name: Français, locale: fr-FR }
              - { code: es, name: Español, locale: es-ES }
            sections:
              pact: { en: pact, fr: pacte, es: pacto }
            """;

    private TestSite site(String config) {
        return TestSite.write(dir, config + Sites.HOMES + Sites.PACT);
    }

    @Test
    void aValidConfigurationBuilds() {
        site(VALID).buildOk();
    }

    @Test
    void allowHtmlWidensWhatContentMayUseButNeverToScriptsOrEventHandlers() {
        // Staff who allow <details> get their folding sections; whatever else the configuration
        // says, a page can never carry a script or an onclick.
        TestSite site = TestSite.write(dir, VALID + """
                markup:
                  allowHtml:
                    details: [open]
                    summary: []
                """ + Sites.HOMES + Sites.PACT.replace("Our vision.",
                "<details open onclick=\"steal()\"><summary>More</summary>Our vision.</details>"));
        site.buildOk();
        org.jsoup.nodes.Element details = site.html("en/pact/government/index.html").selectFirst("details");
        assertTrue(details != null && details.hasAttr("open") && !details.hasAttr("onclick"), String.valueOf(details));

        TestSite hostile = site(VALID + """
                markup:
                  allowHtml:
                    button: [type, onClick]
                    script: [src]
                """);
        hostile.build();
        hostile.assertFailed()
                .assertProblem("site-config.yml:13:20: error: attribute 'onClick' cannot be allowed", "event handlers")
                .assertProblem("site-config.yml:14:5: error: <script> cannot be allowed in content", "through the theme");
    }

    @Test
    void allowHtmlCanNeverLetInElementsThatLoadOrRedirect() {
        // Widened to these, a page could publish <object data="javascript:...">, a meta refresh to
        // javascript: or a <base> that re-points every link; only the CSP stood in the way.
        TestSite hostile = site(VALID + """
                markup:
                  allowHtml:
                    object: [data]
                    embed: [src]
                    meta: [http-equiv, content]
                    base: [href]
                    link: [rel, href]
                """);
        TestSite.CommandRun run = hostile.run("build");
        assertEquals(1, run.exitCode(), run.err());
        for (String expected : new String[] {"site-config.yml:13:5: error: <object> cannot be allowed", "site-config.yml:14:5: error: <embed> cannot be allowed",
                "site-config.yml:15:12: error: attribute 'http-equiv' cannot be allowed", "site-config.yml:15:5: error: <meta> cannot be allowed",
                "site-config.yml:16:5: error: <base> cannot be allowed", "site-config.yml:17:5: error: <link> cannot be allowed"}) {
            assertTrue(run.err().contains(expected), expected + " in:\n" + run.err());
        }
    }

    @Test
    void addressesInWidenedTagsKeepTheSchemeFilter() {
        // Whatever tags and attributes site-config allows, javascript: and data: addresses never pass.
        TestSite site = TestSite.write(dir, VALID + """
                markup:
                  allowHtml:
                    video: [src, poster, controls]
                    blockquote: [cite]
                    area: [href]
                """ + Sites.HOMES + Sites.PACT.replace("Our vision.", "<video src=\"javascript:alert(1)\" poster=\"JaVaScRiPt:alert(2)\" controls></video>"
                + "<blockquote cite=\"data:text/html,x\">Q</blockquote><video src=\"media/clip.mp4\" poster=\"https://example.org/p.png\"></video>"));
        TestSite.CommandRun run = site.run("build", "-q");
        assertEquals(0, run.exitCode(), run.err());
        String page = site.file("en/pact/government/index.html");
        assertTrue(!page.toLowerCase(java.util.Locale.ROOT).contains("javascript:") && !page.contains("data:text"), page);
        assertTrue(page.contains("src=\"media/clip.mp4\"") && page.contains("poster=\"https://example.org/p.png\""), "safe addresses are kept:\n" + page);
    }

    @Test
    void unknownKeyIsAnErrorWithASuggestion() {
        TestSite site = site(VALID + "defaultLanguge: fr\n");
        site.build();
        site.assertFailed().assertProblem("site-config.yml:11:1: error: unknown field 'defaultLanguge' in site-config.yml", "did you mean 'defaultLanguage'?");
    }

    @Test
    void wrongTypeIsAnErrorAtItsValue() {
        TestSite site = site(VALID.replace("theme: wecare", "theme: [wecare]"));
        site.build();
        site.assertFailed().assertProblem("site-config.yml:3:8: error: 'theme' must be text, found a list", "");
    }

    @Test
    void unknownDefaultLanguage() {
        TestSite site = site(VALID.replace("defaultLanguage: en", "defaultLanguage: eng"));
        site.build();
        site.assertFailed().assertProblem("site-config.yml:4:18: error: default language 'eng' is not one of the languages", "did you mean 'en'?");
    }

    @Test
    void sectionWithoutASlugForALanguage() {
        TestSite site = site(VALID.replace("pact: { en: pact, fr: pacte, es: pacto }", "pact: { en: pact, fr: pacte }"));
        site.build();
        site.assertFailed().assertProblem("site-config.yml:10:3: error: section 'pact' has no slug for language 'es'", "add es:");
    }

    @Test
    void titleMissingALanguage() {
        TestSite site = site(VALID.replace("title: { en: \"T\", fr: \"T\", es: \"T\" }", "title: { en: \"T\", fr: \"T\" }"));
        site.build();
        site.assertFailed().assertProblem("site-config.yml:1:8: error: 'title' has no value for language 'es'", "");
    }

    @Test
    void themeThatDoesNotExist() {
        TestSite site = site(VALID.replace("theme: wecare", "theme: wecar"));
        site.build();
        site.assertFailed().assertProblem("site-config.yml:3:8: error: theme 'wecar' does not exist in themes/", "did you mean 'wecare'?");
    }

    @Test
    void baseUrlMustBeAnAbsoluteAddress() {
        TestSite site = site(VALID.replace("\"https://example.org/sub/\"", "\"example.org/sub\""));
        site.build();
        site.assertFailed().assertProblem("site-config.yml:2:10: error: baseUrl 'example.org/sub' is not an absolute web address", "https://");
    }

    @Test
    void invalidLanguageEntries() {
        TestSite site = site(VALID.replace("- { code: es, name: Español, locale: es-ES }", "- { code: ES!, name: Español, locale: es_ES_x_y }\n  - { code: en, name: Again }"));
        site.build();
        site.assertFailed()
                .assertProblem("site-config.yml:8:13: error: language code 'ES!' is not valid", "")
                .assertProblem("site-config.yml:9:13: error: language 'en' is listed twice", "");
    }

    @Test
    void manyMistakesAreAllReportedAtOnce() {
        TestSite site = site(VALID.replace("theme: wecare", "theme: nope").replace("defaultLanguage: en", "defaultLanguage: de") + "colours: blue\n");
        site.build();
        assertEquals(3, site.problems().size(), site.problemText());
    }

    @Test
    void missingConfigurationFileSaysWhereToRunFrom() {
        TestSite site = TestSite.write(dir, Sites.HOMES);
        site.build();
        site.assertFailed().assertProblem("site-config.yml:1:1: error: site-config.yml not found", "--source");
        assertTrue(site.listOutput().isEmpty());
    }
}
