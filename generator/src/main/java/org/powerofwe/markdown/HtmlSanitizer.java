package org.powerofwe.markdown;

import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans raw HTML written in Markdown with an allow-list: keeps structure, links and images,
 * drops scripts, styles, event handlers and unsafe URL schemes. Site configuration may allow
 * more tags ({@code markup.allowHtml}).
 */
public final class HtmlSanitizer {

    private final Safelist safelist;
    private final Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false).outline(false);

    public HtmlSanitizer(Map<String, Set<String>> extraTags) {
        Safelist list = Safelist.relaxed()
                .addTags("hr", "del", "s", "ins", "figure", "figcaption", "abbr", "mark", "section", "aside",
                        "details", "summary", "input")
                // Only a task list's box survives as an input: disabled, a checkbox, nothing sent.
                .addAttributes("input", "checked")
                .addEnforcedAttribute("input", "type", "checkbox")
                .addEnforcedAttribute("input", "disabled", "disabled")
                .addAttributes("details", "open")
                .addAttributes(":all", "id", "class", "lang", "dir", "title")
                .addAttributes("a", "rel", "hreflang")
                .addAttributes("th", "align", "scope")
                .addAttributes("td", "align")
                .addProtocols("a", "href", "tel")
                .preserveRelativeLinks(true);
        extraTags.forEach((tag, attributes) -> {
            list.addTags(tag);
            if (!attributes.isEmpty()) {
                list.addAttributes(tag, attributes.toArray(String[]::new));
            }
        });
        this.safelist = list;
    }

    /** Returns {@code html} with everything outside the allow-list removed. */
    public String clean(String html) {
        return Jsoup.clean(html, "https://power-of-we.invalid/", safelist, output);
    }
}
