package org.powerofwe.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.powerofwe.model.Page;
import org.powerofwe.model.PageType;
import org.w3c.dom.NodeList;

/**
 * What feed readers, search engines and social networks read: the Atom feeds and the sitemap
 * parse as XML and list the right pages; every page links its language's feed, shares a title,
 * summary and card image, and carries a Content-Security-Policy its own markup never breaks.
 * Runs without a browser.
 */
class FeedsAndSharingTest {

    private final RealSite site = RealSite.get();

    /** A feed reader subscribed to a language gets that language's newest news and report chapters, and nothing else. */
    @Test
    void eachLanguagesFeedIsAtomListingItsNewsAndChapters() throws Exception {
        for (String lang : RealSite.LANGUAGES) {
            org.w3c.dom.Document feed = xml("" + lang + "/feed.xml");
            assertEquals("http://www.w3.org/2005/Atom", feed.getDocumentElement().getNamespaceURI());
            assertEquals("feed", feed.getDocumentElement().getLocalName());
            Set<String> listed = new TreeSet<>();
            NodeList links = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link");
            for (int i = 0; i < links.getLength(); i++) {
                org.w3c.dom.Element link = (org.w3c.dom.Element) links.item(i);
                if (link.getParentNode().getLocalName().equals("entry")) {
                    listed.add(link.getAttribute("href"));
                }
            }
            Set<String> expected = new TreeSet<>();
            for (Page page : site.model.pages(lang)) {
                if ((page.type() == PageType.ARTICLE || page.type() == PageType.CHAPTER) && !page.isFallback()) {
                    expected.add(site.url(page.path()));
                }
            }
            // The feed keeps the newest entries only (build/FeedTest checks which); today every one fits.
            assertTrue(expected.containsAll(listed), lang + " feed lists only news and chapters of its language: " + listed);
            assertEquals(Math.min(expected.size(), 30), listed.size(), lang + " feed entries");
        }
    }

    /** Search engines find every published page in the sitemap, and no staff or error page. */
    @Test
    void theSitemapIsXmlListingEveryPublishedPage() throws Exception {
        org.w3c.dom.Document sitemap = xml("sitemap.xml");
        NodeList locs = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        Set<String> listed = new TreeSet<>();
        for (int i = 0; i < locs.getLength(); i++) {
            listed.add(locs.item(i).getTextContent().strip());
        }
        Set<String> expected = new TreeSet<>();
        site.model.pages().stream().filter(p -> !p.isFallback() && !p.draft()).forEach(p -> expected.add(site.url(p.path())));
        assertEquals(expected, listed);
        // The path only: the test server's random port may itself contain 404.
        assertTrue(listed.stream().map(u -> java.net.URI.create(u).getPath()).noneMatch(u -> u.contains("translation-status") || u.contains("404")), listed::toString);
    }

    /** A link shared on a social network shows the page's title, summary, address and the site's card, in the page's language. */
    @Test
    void everyPageSharesItsTitleSummaryAddressAndCard() {
        List<String> problems = new ArrayList<>();
        for (Page page : site.model.pages()) {
            Document html = Jsoup.parse(site.read(page.path() + "index.html"));
            String canonical = html.select("link[rel=canonical]").attr("href");
            check(problems, page.path(), "og:url is the canonical address", meta(html, "og:url").equals(canonical) && !canonical.isEmpty());
            check(problems, page.path(), "og:title", !meta(html, "og:title").isEmpty());
            check(problems, page.path(), "og:description", !meta(html, "og:description").isEmpty());
            String type = page.type() == PageType.CHAPTER || page.type() == PageType.ARTICLE ? "article" : "website";
            check(problems, page.path(), "og:type " + type, meta(html, "og:type").equals(type));
            String locale = site.model.config().language(page.lang()).localeTag().replace('-', '_');
            check(problems, page.path(), "og:locale " + locale, meta(html, "og:locale").equals(locale));
            check(problems, page.path(), "og:locale:alternate for the two other languages",
                    html.select("meta[property=og:locale:alternate]").size() == RealSite.LANGUAGES.size() - 1);
            check(problems, page.path(), "og:image is the page's own card, published", meta(html, "og:image").equals(site.url(page.path() + "social-card.png"))
                    && Files.isRegularFile(site.output.resolve(page.path() + "social-card.png")));
            check(problems, page.path(), "og:image:alt starts with the shared title", meta(html, "og:image:alt").startsWith(meta(html, "og:title")));
            check(problems, page.path(), "og:site_name", !meta(html, "og:site_name").isEmpty());
            check(problems, page.path(), "twitter:card", html.select("meta[name=twitter:card]").attr("content").equals("summary_large_image"));
            check(problems, page.path(), "the Atom feed of its language",
                    html.select("link[rel=alternate][type=application/atom+xml]").attr("href").equals("/" + page.lang() + "/feed.xml"));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The cards a social network shows are 1200×630 PNGs, small enough for slow connections. */
    @Test
    void theSocialCardIsA1200By630PngUnder100Kilobytes() throws IOException {
        for (String card : List.of("social-card.png", "fr/pacte/social-card.png")) {
            assertPngCard(Files.readAllBytes(site.output.resolve(card)));
        }
    }

    private static void assertPngCard(byte[] png) {
        assertTrue(png.length < 100 * 1024, png.length + " bytes");
        assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
        ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
        assertEquals(1200, header.getInt(), "width");
        assertEquals(630, header.getInt(), "height");
    }

    /** The footer of every page leads to the feed, the open data and the sitemap. */
    @Test
    void theFooterLinksTheFeedTheExportAndTheSitemap() {
        for (String lang : RealSite.LANGUAGES) {
            Document home = Jsoup.parse(site.read(lang + "/index.html"));
            List<String> links = home.select(".site-footer a").eachAttr("href");
            assertTrue(links.containsAll(List.of("/" + lang + "/feed.xml", "/" + lang + "/export.json", "/sitemap.xml")), links.toString());
        }
    }

    /**
     * The strict Content-Security-Policy (no 'unsafe-inline') is on every page, and no page needs
     * more: no inline script, style element, style attribute or event handler anywhere.
     */
    @Test
    void everyPageHasTheStrictContentSecurityPolicyAndNoInlineCode() {
        List<String> problems = new ArrayList<>();
        for (String file : site.htmlFiles()) {
            Document html = Jsoup.parse(site.read(file));
            if (html.selectFirst("meta[http-equiv=refresh]") != null) {
                continue;
            }
            String policy = html.select("meta[http-equiv=Content-Security-Policy]").attr("content");
            check(problems, file, "the Content-Security-Policy", policy.startsWith("default-src 'self'") && !policy.contains("unsafe-inline"));
            check(problems, file, "no inline script", html.select("script:not([src])").isEmpty());
            check(problems, file, "no style element", html.select("style").isEmpty());
            check(problems, file, "no style attribute", html.select("[style]").isEmpty());
            for (Element element : html.getAllElements()) {
                element.attributes().forEach(a -> {
                    if (a.getKey().toLowerCase().startsWith("on")) {
                        problems.add(file + ": event handler " + a.getKey() + " on <" + element.tagName() + ">");
                    }
                });
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static String meta(Document html, String property) {
        return html.select("meta[property=" + property + "]").attr("content");
    }

    private static void check(List<String> problems, String where, String what, boolean ok) {
        if (!ok) {
            problems.add(where + ": missing or wrong " + what);
        }
    }

    private org.w3c.dom.Document xml(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(site.output.resolve(path))));
    }
}
