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

    /**
     * Elements that run code, load other documents or redirect the page: site-config can never
     * allow them, whatever it lists.
     */
    public static final Set<String> NEVER_ALLOWED = Set.of("script", "style", "iframe", "frame", "frameset", "object", "embed",
            "applet", "meta", "base", "link", "form", "template", "noscript", "svg", "math", "portal");

    /** Attributes that hold an address: whatever the tag, only web, mail and phone addresses (or relative ones) pass. */
    static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "data", "action", "formaction", "poster", "cite", "background",
            "longdesc", "manifest", "codebase", "ping", "xlink:href", "usemap", "dynsrc", "lowsrc");

    private final Safelist safelist;
    private final Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false).outline(false);

    public HtmlSanitizer(Map<String, Set<String>> extraTags) {
        Safelist list = new Safelist(Safelist.relaxed()) {
            @Override
            public boolean isSafeAttribute(String tagName, org.jsoup.nodes.Element element, org.jsoup.nodes.Attribute attribute) {
                // An address with a control character in it ("j\u007Favascript:") passes the protocol
                // check as a relative link, and a tool that drops the character makes it a script.
                return !(URL_ATTRIBUTES.contains(attribute.getKey().toLowerCase(java.util.Locale.ROOT)) && hasControl(attribute.getValue()))
                        && super.isSafeAttribute(tagName, element, attribute);
            }
        };
        list
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
            if (NEVER_ALLOWED.contains(tag)) {
                return;
            }
            list.addTags(tag);
            for (String attribute : attributes) {
                String name = attribute.toLowerCase(java.util.Locale.ROOT);
                if (name.startsWith("on") || name.equals("style") || name.equals("srcdoc") || name.equals("http-equiv") || name.equals("srcset")) {
                    continue;
                }
                list.addAttributes(tag, name);
                if (URL_ATTRIBUTES.contains(name)) {
                    list.addProtocols(tag, name, "http", "https", "mailto", "tel");
                }
            }
        });
        this.safelist = list;
    }

    private static boolean hasControl(String value) {
        return value.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F);
    }

    /** Returns {@code html} with everything outside the allow-list removed. */
    public String clean(String html) {
        return Jsoup.clean(html, "https://power-of-we.invalid/", safelist, output);
    }
}
