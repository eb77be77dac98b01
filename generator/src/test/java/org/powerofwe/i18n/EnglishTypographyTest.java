package org.powerofwe.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** English readers see typographic quotes and apostrophes, never in code, markup or another language. */
class EnglishTypographyTest {

    /** "UCLG's" with a straight apostrophe looks like a typewriter's in a published report. */
    @Test
    void curlsApostrophesAndQuotesInText() {
        assertEquals("<p>UCLG’s “Pact for the Future” and its ‘three axes’ don’t stop in the ’90s.</p>",
                EnglishTypography.apply("<p>UCLG's \"Pact for the Future\" and its 'three axes' don't stop in the '90s.</p>"));
        assertEquals("<p>(“Yes,” she said.) “<em>Local</em>” — ‘now’</p>",
                EnglishTypography.apply("<p>(&quot;Yes,&quot; she said.) &quot;<em>Local</em>&quot; — &#39;now&#39;</p>"));
        assertEquals("<p><em>UCLG</em>’s world</p><p>“Open”</p>", EnglishTypography.apply("<p><em>UCLG</em>'s world</p><p>\"Open\"</p>"));
    }

    /** Link previews and the browser tab use the same quotes as the page. */
    @Test
    void curlsTheTextOfSharingTagsAndLabels() {
        assertEquals("<meta property=\"og:title\" content=\"UCLG’s report\"><img alt=\"The world’s cities\" src=\"a.png\">",
                EnglishTypography.apply("<meta property=\"og:title\" content=\"UCLG's report\"><img alt=\"The world's cities\" src=\"a.png\">"));
    }

    @Test
    void leavesCodeMarkupUrlsAndOtherLanguagesAlone() {
        String html = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\"><a href=\"/it's\" class='x'>"
                + "<code>it's \"x\"</code></a><p lang=\"fr-FR\">l'été</p><script>var a = 'b';</script>";
        assertEquals(html, EnglishTypography.apply(html));
    }

    @Test
    void isIdempotent() {
        String once = EnglishTypography.apply("<p title=\"it's\">\"It's\" 'ok'</p>");
        assertEquals(once, EnglishTypography.apply(once));
    }
}
