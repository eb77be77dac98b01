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

    /**
     * Returns {@code target} with the field {@code field} written exactly as {@code source} writes
     * it (its line and the indented or list lines under it), or removed when {@code source} lacks it.
     */
    public static String copyField(String source, String target, String field) {
        String newline = target.contains("\r\n") ? "\r\n" : "\n";
        java.util.Optional<String> value = block(yamlOf(source), field).map(m -> m.group().replace("\r\n", "\n").replace("\n", newline));
        boolean bom = target.startsWith("\uFEFF");
        String body = bom ? target.substring(1) : target;
        Matcher fence = FENCE.matcher(body);
        if (!fence.find()) {
            throw new IllegalArgumentException("the page has no closed front matter");
        }
        String yaml = fence.group(1);
        java.util.Optional<Matcher> existing = block(yaml, field);
        String newYaml;
        if (existing.isPresent()) {
            int end = existing.get().end();
            String rest = yaml.substring(end);
            newYaml = yaml.substring(0, existing.get().start()) + value.orElse("")
                    + (value.isEmpty() && rest.startsWith(newline) ? rest.substring(newline.length()) : rest);
        } else if (value.isPresent()) {
            newYaml = yaml + (yaml.isEmpty() || yaml.endsWith("\n") ? "" : newline) + value.get() + newline;
        } else {
            return target;
        }
        String result = body.substring(0, fence.start(1)) + newYaml + body.substring(fence.end(1));
        return bom ? "\uFEFF" + result : result;
    }

    /** The front matter's YAML of a page text. */
    public static String yamlOf(String text) {
        Matcher fence = FENCE.matcher(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (!fence.find()) {
            throw new IllegalArgumentException("the page has no closed front matter");
        }
        return fence.group(1);
    }

    private static final Pattern FENCE = Pattern.compile("\\A---[ \\t]*\\r?\\n(.*?)(^---[ \\t]*(\\r?\\n|\\z))", Pattern.DOTALL | Pattern.MULTILINE);

    /** The field's line and the lines that continue its value (indented, or list items), without the last line end. */
    private static java.util.Optional<Matcher> block(String yaml, String field) {
        Matcher m = Pattern.compile("^" + Pattern.quote(field) + "[ \\t]*:[^\\r\\n]*(\\r?\\n([ \\t]+\\S|-)[^\\r\\n]*)*", Pattern.MULTILINE).matcher(yaml);
        return m.find() ? java.util.Optional.of(m) : java.util.Optional.empty();
    }
}
