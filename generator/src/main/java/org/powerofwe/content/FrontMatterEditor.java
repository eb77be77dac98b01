package org.powerofwe.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets one top-level front-matter field in a page's text, leaving every other byte as it was
 * (comments, order, quotes, line ends), so a tool's edit shows in git as a one-line change.
 */
public final class FrontMatterEditor {

    private FrontMatterEditor() {
    }

    /** Returns {@code text} with {@code field: value} set; the text must start with a closed front matter. */
    public static String set(String text, String field, String value) {
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        boolean bom = text.startsWith("\uFEFF");
        String body = bom ? text.substring(1) : text;
        Matcher fence = Pattern.compile("\\A---[ \\t]*\\r?\\n(.*?)(^---[ \\t]*(\\r?\\n|\\z))", Pattern.DOTALL | Pattern.MULTILINE).matcher(body);
        if (!fence.find()) {
            throw new IllegalArgumentException("the page has no closed front matter");
        }
        String yaml = fence.group(1);
        Matcher existing = Pattern.compile("^" + Pattern.quote(field) + "[ \\t]*:.*$", Pattern.MULTILINE).matcher(yaml);
        String line = field + ": " + value;
        String newYaml = existing.find()
                ? yaml.substring(0, existing.start()) + line + yaml.substring(existing.end())
                : yaml + (yaml.isEmpty() || yaml.endsWith("\n") ? "" : newline) + line + newline;
        String result = body.substring(0, fence.start(1)) + newYaml + body.substring(fence.end(1));
        return bom ? "\uFEFF" + result : result;
    }
}
