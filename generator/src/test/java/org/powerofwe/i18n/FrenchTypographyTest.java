package org.powerofwe.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** French punctuation spacing, applied to text and never to markup, code, URLs or other languages. */
class FrenchTypographyTest {

    private static final String N = "\u202F";

    @Test
    void putsANarrowNoBreakSpaceBeforeHighPunctuationAndInsideGuillemets() {
        assertEquals("<p>Axe" + N + ": Gouvernement" + N + "; vraiment" + N + "? Oui" + N + "!</p>",
                FrenchTypography.apply("<p>Axe : Gouvernement; vraiment ? Oui!</p>"));
        assertEquals("<p>«" + N + "Culture" + N + ": façonner l’avenir" + N + "»</p>",
                FrenchTypography.apply("<p>« Culture : façonner l’avenir »</p>"));
        assertEquals("<p>«" + N + "<em>mot</em>" + N + "»</p>", FrenchTypography.apply("<p>«<em>mot</em>»</p>"));
    }

    @Test
    void leavesMarkupAttributesCodeUrlsTimesAndEntitiesAlone() {
        String html = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; img-src 'self'\">"
                + "<meta name=\"viewport\" content=\"a : b\"><a href=\"/a?b=1\" data-index=\"x : y\"><p>10:30, 50:50, https://uclg.org/a?b=1 &amp; R&amp;D&#39;s</p>"
                + "<pre><code>a : b;</code></pre><p lang=\"en-GB\">Note: in English!</p>";
        assertEquals(html, FrenchTypography.apply(html));
    }

    /**
     * A French reader sees French spacing in the browser tab, in a shared link's preview, in a
     * screen reader's labels and in the search page's messages, as in the page's text.
     */
    @Test
    void spacesTheTextOfDescriptionSharingAndLabelAttributes() {
        assertEquals("<html lang=\"fr-FR\"><head><meta name=\"description\" content=\"Le Pacte" + N + ": agir\">"
                + "<meta property=\"og:title\" content=\"Pourquoi" + N + "?\"><meta name=\"twitter:image:alt\" content='Le pouvoir" + N + ": nous'>"
                + "</head><body><img alt=\"Carte" + N + ": villes\" src=\"a.png\"><form data-none=\"Aucun résultat pour «" + N + "{0}" + N + "»\" data-index=\"/fr/i.json\">"
                + "<nav aria-label=\"Où" + N + "?\"></nav></form></body></html>",
                FrenchTypography.apply("<html lang=\"fr-FR\"><head><meta name=\"description\" content=\"Le Pacte : agir\">"
                + "<meta property=\"og:title\" content=\"Pourquoi ?\"><meta name=\"twitter:image:alt\" content='Le pouvoir : nous'>"
                + "</head><body><img alt=\"Carte : villes\" src=\"a.png\"><form data-none=\"Aucun résultat pour « {0} »\" data-index=\"/fr/i.json\">"
                + "<nav aria-label=\"Où ?\"></nav></form></body></html>"));
    }

    /** An English passage quoted in a French page keeps English spacing in its labels too. */
    @Test
    void leavesTheAttributesOfAnotherLanguageAlone() {
        String html = "<p lang=\"en-GB\" title=\"Note: this\"><img alt=\"Map: cities\" src=\"a.png\"></p><img lang=\"en\" alt=\"Why?\" src=\"b.png\">";
        assertEquals(html, FrenchTypography.apply(html));
    }

    /**
     * Only the labels readers see get French spacing: not an attribute whose name merely ends like
     * one ({@code data-title}), nor text inside another attribute's quoted value that looks like a
     * label, after an unquoted value.
     */
    @Test
    void readsAttributesOneAfterTheOtherSoOnlyRealLabelsAreSpaced() {
        assertEquals("<img src=a.png data-title=\"x : y\" alt=\"Carte" + N + ": villes\" data-note='title=\"Non ?\"'>",
                FrenchTypography.apply("<img src=a.png data-title=\"x : y\" alt=\"Carte : villes\" data-note='title=\"Non ?\"'>"));
    }

    @Test
    void spacesPunctuationThatFollowsAnInlineElement() {
        assertEquals("<p><a href=\"/x/\">Recherche</a>" + N + ": la suite</p>", FrenchTypography.apply("<p><a href=\"/x/\">Recherche</a> : la suite</p>"));
    }

    @Test
    void isIdempotent() {
        String once = FrenchTypography.apply("<p title=\"a : b\">« Oui » : non ?</p>");
        assertEquals(once, FrenchTypography.apply(once));
    }
}
