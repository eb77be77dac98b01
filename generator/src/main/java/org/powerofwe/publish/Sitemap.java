package org.powerofwe.publish;

import java.util.List;
import org.powerofwe.model.Page;

/** Writes {@code sitemap.xml} with each page's language alternates, and {@code robots.txt}. */
public final class Sitemap {

    /** One URL of the sitemap and its translations ({@code hreflang} → absolute URL, x-default included). */
    public record Entry(String loc, String lastmod, List<Alternate> alternates) {
    }

    /** A language alternate of a sitemap URL. */
    public record Alternate(String hreflang, String href) {
    }

    private Sitemap() {
    }

    public static String xml(List<Entry> entries) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (Entry entry : entries) {
            out.append("  <url>\n    <loc>").append(escape(entry.loc())).append("</loc>\n");
            if (entry.lastmod() != null) {
                out.append("    <lastmod>").append(entry.lastmod()).append("</lastmod>\n");
            }
            for (Alternate alternate : entry.alternates()) {
                out.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(escape(alternate.hreflang()))
                        .append("\" href=\"").append(escape(alternate.href())).append("\"/>\n");
            }
            out.append("  </url>\n");
        }
        return out.append("</urlset>\n").toString();
    }

    public static String robots(String sitemapUrl) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + sitemapUrl + "\n";
    }

    /** Whether a page belongs in the sitemap: published pages, not stand-ins for missing translations. */
    public static boolean listed(Page page) {
        return !page.isFallback() && !page.draft();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
