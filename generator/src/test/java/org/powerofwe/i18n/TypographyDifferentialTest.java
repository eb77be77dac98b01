package org.powerofwe.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The faster typography walker publishes every page exactly as the one before it did
 * ({@link TypographyReference}): a reader would otherwise find a page's spacing or quotes changed
 * by a change that was only meant to make builds quicker. Compares both over handwritten pages
 * and over many generated ones, rich in what the walker must tell apart (tags, quoted and unquoted
 * attributes, comments, code, scripts, lang, entities, punctuation and quotes).
 */
class TypographyDifferentialTest {

    private static final String N = "\u202F";

    /** Pieces a generated page is made of: markup both well and badly formed, text, punctuation, entities. */
    private static final String[] PIECES = {
        "<p>", "</p>", "<P>", "<em>", "</em>", "<EM>", "<strong>", "</strong>", "<span>", "</span>", "<a href=\"/x?y=1&amp;z=2\">",
        "<a href='https://uclg.org/a?b=1'>", "</a>", "</A >", "<div>", "</div>", "<li>", "</li>", "<ul>", "</ul>", "<h2 id=\"x\">",
        "</h2>", "<time datetime=\"10:30\">", "</time>", "<q>", "</q>", "<sup>", "</sup>",
        "<code>", "</code>", "<pre>", "</pre>", "<kbd>", "</kbd>", "<script>", "</script>", "<style>", "</style>",
        "<textarea>", "</textarea>", "<var>", "</var>", "<code/>", "<pre class=\"x\" />", "<CODE>", "</Code>",
        "<br>", "<br/>", "<BR>", "<hr />", "<wbr>", "<img alt=\"Carte : villes\" src=a.png>", "<img src=a.png alt='it's \"x\"'>",
        "<img ALT=\"Why? Because!\">", "<input placeholder=\"Chercher…\" />", "<input\tplaceholder='a : b'>", "<img\nalt=\"x ; y\">",
        "<meta name=\"description\" content=\"Le Pacte : agir\">", "<meta property='og:title' content='UCLG's \"Pact\"'>",
        "<META NAME=\"Description\" CONTENT=\"Pourquoi ?\">", "<meta name=\"viewport\" content=\"a : b\">",
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; img-src 'self'\">",
        "<meta content=\"x : y\" name=\"twitter:title\">", "<metadata content=\"a : b\" name=description>",
        "<meta name=og:description content=\"sans guillemets : oui\">", "<meta property=\"og:image:alt\" content=\"«x»\"/>",
        "<p lang=\"en\">", "<p lang=\"en-GB\">", "<div lang='fr-FR'>", "<span lang=EN>", "<span lang=fr>", "<p lang=\"\">",
        "<html lang=\"fr\">", "<html lang=\"en\">", "<section title=\"x lang=en\">", "<p lang=\"fr", "<b lang=>",
        "<nav aria-label=\"Où ? Ici : là\">", "<form data-none=\"Aucun résultat pour « {0} »\" data-index=\"/fr/i.json\">",
        "<div data-title=\"x : y\" data-note='title=\"Non ?\"'>", "<div title=\"a\"title=\"b : c\">", "<div x=y title=\"z ; w\">",
        "<abbr title=\"It's &quot;fine&quot;\">", "<div data-loading=\"...!\" data-error='Err: x' data-one=\"1 ?\" data-many=\"n !\">",
        "<svg>", "</svg>", "<text>", "</text>", "<tspan>", "</tspan>", "<path d=\"M0 0\"/>", "<x-card>", "</x-card>", "<my-el title=\"a:b\">",
        "<!-- it's a \"comment\" : ok -->", "<!DOCTYPE html>", "<?xml version=\"1.0\"?>", "<!-->", "<![CDATA[ a : b ]]>",
        "<", ">", "</", "/>", "< ", "<>", "</>", "<3", "a < b", "<\u212Aey>", "<li\u212Ak>", "<\u0130>", "<é>", "</é>",
        "<img alt=\"unclosed", "<p title='unclosed", "\"", "'", "=",
        "Axe", " : ", ":", ";", "!", "?", " ?", " !", "«", "»", "« ", " »", "«\u00A0", "\u00A0»", N, "\u00A0", " ", "  ", "\t", "\n",
        "mot", "l'été", "UCLG's", "don't", "'90s", "\"Pact\"", "'local'", "10:30", "50:50", "https://uclg.org/a?b=1", "a/b", "x=y",
        "&amp;", "&nbsp;", "&#160;", "&quot;", "&#39;", "&#x27;", "&lt;", "&gt;", "&", "&#", "&quot", "R&amp;D&#39;s", "&amp;;",
        "(", ")", "[", "—", "–", "-", "/", "“", "‘", "’", "”", "é", "A", "1", "2", "#", "x", "\uD83D\uDE00",
    };

    @Test
    void frenchAndEnglishPagesComeOutAsBefore() {
        for (String page : handwrittenPages()) {
            assertSameOutput(page);
        }
    }

    @Test
    void generatedPagesComeOutAsBefore() {
        Random random = new Random(20261206);
        for (int i = 0; i < 20_000; i++) {
            assertSameOutput(generatedPage(random, 1 + random.nextInt(i % 10 == 0 ? 200 : 40)));
        }
    }

    /** Characters one at a time, in any order, so that no assumption about well-formed pieces hides a difference. */
    @Test
    void pagesOfLooseCharactersComeOutAsBefore() {
        String alphabet = "<>\"'«»:;!?&=/ -\t\n\u00A0\u202Faplngtie#0x;.!\u212A";
        Random random = new Random(6);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder page = new StringBuilder();
            for (int length = random.nextInt(30); length > 0; length--) {
                page.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSameOutput(page.toString());
        }
    }

    /** Search results' titles and summaries get the same rules as the pages. */
    @Test
    void plainTextComesOutAsBefore() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            String text = generatedPage(random, 1 + random.nextInt(12));
            assertEquals(TypographyReference.French.text(text), FrenchTypography.plainText(text), () -> "French plain text of " + visible(text));
            assertEquals(TypographyReference.English.text(text, ' '), EnglishTypography.plainText(text), () -> "English plain text of " + visible(text));
        }
    }

    /** A page with nothing to change (most of a Spanish build's pages, say) is handed back without a copy. */
    @Test
    void aPageWithNothingToChangeIsNotCopied() {
        String french = "<html lang=\"fr\"><head><meta name=\"description\" content=\"Rien\"></head>"
                + "<body><p>Rien à changer ici.</p><a href=\"https://uclg.org/?a=1\">lien</a><code>a : b</code></body></html>";
        assertSame(french, FrenchTypography.apply(french));
        assertSame(french, Typography.html(Locale.FRENCH, french));
        String english = "<html lang=\"en\"><p title=\"plain\">Nothing to curl &amp; nothing to space</p><code>it's</code></html>";
        assertSame(english, EnglishTypography.apply(english));
        assertSame(english, Typography.html(Locale.ENGLISH, english));
    }

    private static void assertSameOutput(String page) {
        assertEquals(TypographyReference.french(page), FrenchTypography.apply(page), () -> "French for " + visible(page));
        assertEquals(TypographyReference.english(page), EnglishTypography.apply(page), () -> "English for " + visible(page));
    }

    private static String generatedPage(Random random, int pieces) {
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            page.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return page.toString();
    }

    private static List<String> handwrittenPages() {
        List<String> pages = new ArrayList<>(List.of(
                "",
                "<",
                ">",
                "<p>Axe : Gouvernement; vraiment ? Oui!</p>",
                "<p>« Culture : façonner l’avenir »</p><p>«<em>mot</em>»</p>",
                "<p>UCLG's \"Pact for the Future\" and its 'three axes' don't stop in the '90s.</p>",
                "<p>(&quot;Yes,&quot; she said.) &quot;<em>Local</em>&quot; — &#39;now&#39; &#x27;then&#x27;</p>",
                "<p><em>UCLG</em>'s world</p><p>\"Open\"</p><p><a href=\"/x/\">Recherche</a> : la suite</p>",
                "<img src=a.png data-title=\"x : y\" alt=\"Carte : villes\" data-note='title=\"Non ?\"'>",
                "<p lang=\"en-GB\" title=\"Note: this\"><img alt=\"Map: cities\" src=\"a.png\"></p><img lang=\"en\" alt=\"Why?\" src=\"b.png\">",
                "<p lang=\"fr-FR\">l'été « oui » : non</p><p lang=\"en\">it's \"x\" : y</p>",
                "<pre><code>a : b; \"c\" 'd'</code></pre><script>if (a < b && c > 'd') { x = \"e : f\"; }</script><p>après : oui</p>",
                "<script>var s = '</p>'; var t = \"<em>\";</script><p>« x »</p>",
                "<code title=\"a : b\">x</code><textarea placeholder=\"a : b\">c : d</textarea><code/><p>e : f</p>",
                "<!-- \"quoted > still comment\" --><p>a : b</p><!-- it's --><p>'c'</p>",
                "<p>10:30, 50:50, https://uclg.org/a?b=1 &amp; R&amp;D&#39;s</p>",
                "<ul><li>un : deux<li>trois ? quatre</ul><p>cinq ! six</p>",
                "<div><p><span>« a</span> b »</p></div></div></div><p>c : d</p>",
                "<p title=\"unclosed : quote>text : here</p><p>more : text</p>",
                "<svg><text x=\"1\">a : b</text><title>Chart: \"x\"</title></svg>",
                "<DIV LANG=\"EN\"><P TITLE=\"Quote: 'x'\">It's</P></DIV><Div Lang=\"Fr\">oui ?</div>"));
        pages.add(realisticPage("fr"));
        pages.add(realisticPage("en"));
        return pages;
    }

    /** A page shaped like the site's: head with sharing tags, navigation, chart, article, search form, script. */
    private static String realisticPage(String lang) {
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><title>Le Pacte : agir ? UCLG's "Pact"</title>
                <meta name="description" content="Le Pacte pour l'avenir : « agir » !">
                <meta property="og:title" content="Pourquoi ? It's &quot;ours&quot;"><meta name="twitter:image:alt" content='Le pouvoir : nous'>
                <link rel="alternate" hreflang="en" href="https://example.org/en/"><link rel="stylesheet" href="/a.css?v=1">
                <style>a:hover { color: red; } p::before { content: "« "; }</style></head>
                <body><header><nav aria-label="Menu : principal"><ul><li><a href="/fr/" aria-current="page">Accueil</a></li>
                <li><a href="/fr/pacte/">Le Pacte</a> : axes</li></ul></nav></header>
                <main><article><h1>Gouvernement : « local » et 'global'</h1><p>Les villes (p. ex. « Paris ») agissent ; voilà !</p>
                <figure><svg viewBox="0 0 10 10" role="img" aria-label="Graphique : progrès"><title>Progrès : 50 %%</title>
                <rect x="0" y="0" width="5" height="5"/><text x="1" y="2">10:30</text></svg><figcaption>Figure 1 : "x"</figcaption></figure>
                <p lang="en">The UCLG's "Pact": it's here!</p><pre><code>if (a) { b: c; }</code></pre>
                <form role="search" data-loading="Chargement…" data-none="Aucun résultat pour « {0} »" data-one="1 résultat !" data-many="{0} résultats ?">
                <input type="search" placeholder="Chercher : ville, axe…" aria-label='Rechercher "mot"'></form></article></main>
                <footer><p>© UCLG &amp; partenaires — <a href="mailto:a@b.org">contact</a> ?</p></footer>
                <script>document.querySelector("form").addEventListener('submit', e => { if (a < b) alert("x : y"); });</script>
                </body></html>
                """.formatted(lang);
    }

    private static String visible(String page) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : page.toCharArray()) {
            out.append(c >= ' ' && c < 127 && c != '"' && c != '\\' ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return out.append('"').toString();
    }
}
