package org.powerofwe.publish;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the site's own addresses as paths relative to each file, with {@code index.html}
 * spelled out, so that the built folder works when opened from the file system (a downloaded
 * pull-request preview, unzipped), as Hugo's {@code relativeURLs} does. Addresses of other sites
 * and the absolute addresses of sharing tags, feeds and the sitemap are left as they are.
 */
public final class RelativeLinks implements OutputSink {

    private static final Pattern HTML_ATTRIBUTE = Pattern.compile("\\b(href|src|action|poster|data-[a-z-]+)=\"([^\"]*)\"");
    private static final Pattern SRCSET = Pattern.compile("\\bsrcset=\"([^\"]*)\"");
    private static final Pattern CSS_URL = Pattern.compile("url\\((['\"]?)([^'\")]*)\\1\\)");

    private final OutputSink out;
    private final String basePath;

    /** Rewrites the files written to {@code out}; {@code basePath} is the site's root path ({@code /power-of-we/}). */
    public RelativeLinks(OutputSink out, String basePath) {
        this.out = out;
        this.basePath = basePath;
    }

    @Override
    public void write(String relativePath, byte[] content) {
        if (relativePath.endsWith(".html")) {
            out.write(relativePath, html(relativePath, new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        } else if (relativePath.endsWith(".css")) {
            out.write(relativePath, css(relativePath, new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        } else {
            out.write(relativePath, content);
        }
    }

    @Override
    public void copy(Path source, String relativePath) {
        out.copy(source, relativePath);
    }

    String html(String file, String html) {
        String attributes = replace(HTML_ATTRIBUTE.matcher(html), m -> m.group(1) + "=\"" + relative(file, m.group(2)) + "\"");
        return replace(SRCSET.matcher(attributes), m -> "srcset=\"" + srcset(file, m.group(1)) + "\"");
    }

    String css(String file, String css) {
        return replace(CSS_URL.matcher(css), m -> "url(" + m.group(1) + relative(file, m.group(2)) + m.group(1) + ")");
    }

    private String srcset(String file, String value) {
        StringBuilder out = new StringBuilder();
        for (String candidate : value.split(",")) {
            String trimmed = candidate.strip();
            int space = trimmed.indexOf(' ');
            String url = space < 0 ? trimmed : trimmed.substring(0, space);
            out.append(out.length() == 0 ? "" : ", ").append(relative(file, url)).append(space < 0 ? "" : trimmed.substring(space));
        }
        return out.toString();
    }

    /** The address {@code url} as written from {@code file}; unchanged unless it is one of the site's own. */
    String relative(String file, String url) {
        if (!url.startsWith(basePath) || url.startsWith("//")) {
            return url;
        }
        String rest = url.substring(basePath.length());
        int cut = firstOf(rest, '#', '?');
        String path = cut < 0 ? rest : rest.substring(0, cut);
        String suffix = cut < 0 ? "" : rest.substring(cut);
        if (path.isEmpty() || path.endsWith("/")) {
            path += "index.html";
        }
        int depth = (int) file.chars().filter(c -> c == '/').count();
        return "../".repeat(depth) + path + suffix;
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static String replace(Matcher m, java.util.function.Function<Matcher, String> replacement) {
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
