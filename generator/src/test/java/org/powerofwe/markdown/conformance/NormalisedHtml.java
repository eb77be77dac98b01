package org.powerofwe.markdown.conformance;

import java.util.Comparator;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML as a browser reads it, written one way, so two renderings compare equal when they mean
 * the same: attributes sorted, entities decoded, white space between blocks dropped and runs of
 * white space outside {@code <pre>} collapsed (as the CommonMark spec's own normaliser does).
 * The attributes the site adds on purpose and documents are left out: heading ids, {@code rel}
 * on links to other sites, the table class the theme styles.
 */
final class NormalisedHtml {

    private static final Set<String> BLOCKS = Set.of("p", "ul", "ol", "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
            "hr", "table", "thead", "tbody", "tr", "th", "td", "div", "section", "body", "html", "head", "br", "details", "summary");

    private NormalisedHtml() {
    }

    static String of(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        StringBuilder out = new StringBuilder();
        for (Node child : body.childNodes()) {
            write(child, out, false);
        }
        return out.toString().replaceAll(" *\n *", "\n").replaceAll("\n+", "\n").strip();
    }

    private static void write(Node node, StringBuilder out, boolean pre) {
        if (node instanceof TextNode text) {
            String value = text.getWholeText();
            if (!pre) {
                value = value.replaceAll("\\s+", " ");
                if (value.isBlank() && (isBlock(node.previousSibling()) || isBlock(node.nextSibling()) || isBlock(node.parent()))) {
                    return;
                }
            }
            out.append(Entities.escape(value));
        } else if (node instanceof DataNode data) {
            out.append(data.getWholeData());
        } else if (node instanceof Comment comment) {
            out.append("<!--").append(comment.getData()).append("-->");
        } else if (node instanceof Element element) {
            writeElement(element, out, pre);
        }
    }

    private static void writeElement(Element element, StringBuilder out, boolean pre) {
        String name = element.normalName();
        boolean block = BLOCKS.contains(name);
        if (block) {
            out.append('\n');
        }
        out.append('<').append(name);
        element.attributes().asList().stream()
                .filter(a -> !siteAddition(name, a))
                .sorted(Comparator.comparing(Attribute::getKey))
                .forEach(a -> out.append(' ').append(a.getKey()).append("=\"").append(Entities.escape(a.getValue())).append('"'));
        out.append('>');
        for (Node child : element.childNodes()) {
            write(child, out, pre || name.equals("pre"));
        }
        if (!element.tag().isSelfClosing() && !element.tag().isEmpty()) {
            out.append("</").append(name).append('>');
        }
        if (block) {
            out.append('\n');
        }
    }

    private static boolean siteAddition(String element, Attribute attribute) {
        return switch (attribute.getKey()) {
            case "id" -> element.matches("h[1-6]");
            case "rel" -> element.equals("a") && attribute.getValue().equals("noopener noreferrer");
            case "class" -> element.equals("table") && attribute.getValue().equals("table")
                    || element.equals("li") && attribute.getValue().equals("task-list-item");
            default -> false;
        };
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element element && BLOCKS.contains(element.normalName());
    }
}
