package org.powerofwe.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Turns the print template's HTML into the document the PDF is laid out from: one file in which
 * every chapter's anchors are its own ({@code chapter-3--migration}), links between chapters
 * stay inside the PDF, links to the rest of the site become absolute web addresses, chapter
 * headings sit one level under the chapter title (the PDF has one outline: report, chapters,
 * sections), figures show their chart and their table, and the outline of bookmarks lists the
 * chapters and their sections.
 *
 * <p>The template marks each chapter with {@code data-print-chapter} and the URL readers know it
 * by ({@code data-url}); the rest is left as the theme wrote it.
 */
final class PrintDocument {

    /** The width charts are drawn at, in CSS pixels: the text column of an A4 page with 20 mm margins. */
    static final int CHART_WIDTH = 640;

    private final String basePath;
    private final String baseUrl;

    /**
     * @param basePath the path every site URL starts with ({@code /power-of-we/})
     * @param baseUrl  the site's absolute address, ending with {@code /}
     */
    PrintDocument(String basePath, String baseUrl) {
        this.basePath = basePath;
        this.baseUrl = baseUrl;
    }

    /** A chapter of the document: its anchor and the title its bookmark shows. */
    record Chapter(String id, String title, List<Section> sections) {
    }

    /** A section of a chapter (a heading of its text), for the bookmarks. */
    record Section(String id, String title) {
    }

    /** Builds the document from the template's HTML, the print stylesheet and the charts' stylesheet. */
    Document build(String html, String css, String chartCss) {
        Document doc = Jsoup.parse(html);
        Map<String, String> chapterIds = new HashMap<>();
        Elements chapters = doc.select("[data-print-chapter]");
        for (Element chapter : chapters) {
            scopeAnchors(chapter);
            chapter.select(".prose").forEach(PrintDocument::lowerHeadings);
            chapterIds.put(chapter.attr("data-url"), chapter.id());
        }
        for (Element link : doc.select("a[href]")) {
            link.attr("href", target(link.attr("href"), chapterIds, doc));
            if (!link.hasAttr("title")) {
                link.attr("title", link.text().isBlank() ? link.attr("href") : link.text().strip());
            }
        }
        doc.select("figure.chart").forEach(figure -> printable(figure, chartCss));
        doc.select("[data-print-chapter]").forEach(e -> e.removeAttr("data-print-chapter").removeAttr("data-url"));
        doc.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(css));
        bookmarks(doc, outline(doc));
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false).charset("UTF-8");
        return doc;
    }

    /** Prefixes every id inside a chapter with the chapter's own, and the references to them. */
    private static void scopeAnchors(Element chapter) {
        String prefix = chapter.id() + "--";
        for (Element element : chapter.select("[id]")) {
            if (element != chapter) {
                element.id(prefix + element.id());
            }
        }
        for (Element link : chapter.select("a[href^=#]")) {
            String anchor = link.attr("href").substring(1);
            if (!anchor.isEmpty()) {
                link.attr("href", "#" + prefix + anchor);
            }
        }
        for (Element labelled : chapter.select("[aria-labelledby]")) {
            labelled.attr("aria-labelledby", prefix + String.join(" " + prefix, labelled.attr("aria-labelledby").strip().split("\\s+")));
        }
    }

    /** The chapter's title is the section's heading: its text's headings move one level down. */
    private static void lowerHeadings(Element prose) {
        for (Element heading : prose.select("h1, h2, h3, h4, h5")) {
            heading.tagName("h" + (heading.tagName().charAt(1) - '0' + 1));
        }
    }

    /** Where a link leads in the PDF: an anchor for the chapters it contains, the web otherwise. */
    private String target(String href, Map<String, String> chapterIds, Document doc) {
        if (href.startsWith("#") || !href.startsWith(basePath) || href.startsWith("//")) {
            return href;
        }
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String chapter = chapterIds.get(path);
        if (chapter != null) {
            String scoped = hash < 0 ? chapter : chapter + "--" + href.substring(hash + 1);
            return "#" + (doc.getElementById(scoped) != null ? scoped : chapter);
        }
        return baseUrl + href.substring(basePath.length());
    }

    /**
     * A chart as print shows it: its table always visible under it, the SVG drawn at the column's
     * width with its own styles (the SVG renderer does not see the page's), its text alternative
     * as the figure's alternate description.
     */
    private static void printable(Element figure, String chartCss) {
        for (Element details : figure.select("details")) {
            details.select("summary").remove();
            details.unwrap();
        }
        for (Element svg : figure.select("svg")) {
            String title = svg.select("title").text().strip();
            String desc = svg.select("desc").text().strip();
            svg.attr("alt", desc.isEmpty() ? title : title + ". " + desc);
            svg.attr("width", Integer.toString(CHART_WIDTH));
            svg.removeAttr("aria-labelledby");
            svg.removeAttr("role");
            svg.prependElement("style").appendChild(new org.jsoup.nodes.DataNode(chartCss));
        }
    }

    /** The chapters and their sections (the headings just under the chapter title), in order. */
    private static List<Chapter> outline(Document doc) {
        return doc.select("section[id].print-chapter").stream().map(chapter -> {
            Element title = chapter.selectFirst(".print-chapter__title");
            List<Section> sections = chapter.select(".prose h3[id]").stream().map(h -> new Section(h.id(), h.text().strip())).toList();
            return new Chapter(chapter.id(), title == null ? chapter.id() : title.text().strip(), sections);
        }).toList();
    }

    /** openhtmltopdf's outline: a {@code <bookmarks>} element in the head. */
    private static void bookmarks(Document doc, List<Chapter> chapters) {
        Element root = doc.head().appendElement("bookmarks");
        for (Element marked : doc.select("[data-print-bookmark]")) {
            root.appendElement("bookmark").attr("name", marked.attr("data-print-bookmark")).attr("href", "#" + marked.id());
            marked.removeAttr("data-print-bookmark");
        }
        for (Chapter chapter : chapters) {
            Element mark = root.appendElement("bookmark").attr("name", chapter.title()).attr("href", "#" + chapter.id());
            chapter.sections().forEach(s -> mark.appendElement("bookmark").attr("name", s.title()).attr("href", "#" + s.id()));
        }
    }
}
