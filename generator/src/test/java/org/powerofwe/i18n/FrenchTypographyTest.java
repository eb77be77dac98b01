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
        String html = "<meta content=\"Axe : x\"><p title=\"a ? b\">10:30, 50:50, https://uclg.org/a?b=1 &amp; R&amp;D&#39;s</p>"
                + "<pre><code>a : b;</code></pre><p lang=\"en-GB\">Note: in English!</p>";
        assertEquals(html, FrenchTypography.apply(html));
    }

    @Test
    void spacesPunctuationThatFollowsAnInlineElement() {
        assertEquals("<p><a href=\"/x/\">Recherche</a>" + N + ": la suite</p>", FrenchTypography.apply("<p><a href=\"/x/\">Recherche</a> : la suite</p>"));
    }

    @Test
    void isIdempotent() {
        String once = FrenchTypography.apply("<p>« Oui » : non ?</p>");
        assertEquals(once, FrenchTypography.apply(once));
    }
}
