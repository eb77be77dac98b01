package org.powerofwe.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.powerofwe.diag.Problem;
import org.powerofwe.diag.Problems;

/**
 * The properties every fuzz test asserts on top of "does not throw": problems point into the
 * file they are about and say something, and rendered HTML carries nothing a browser would run.
 */
final class FuzzChecks {

    /** Attributes a browser follows or loads as a URL. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "poster",
            "background", "cite", "data", "codebase", "longdesc", "usemap", "manifest", "ping");
    private static final List<String> UNSAFE_SCHEMES = List.of("javascript:", "vbscript:", "data:");

    private FuzzChecks() {
    }

    /** Each problem is in {@code file}, between {@code firstLine} and {@code lastLine}, and has a message. */
    static void assertProblemsInside(Problems problems, String file, int firstLine, int lastLine) {
        for (Problem problem : problems.sorted()) {
            assertEquals(file, problem.pos().file(), problem::format);
            assertTrue(problem.pos().line() >= firstLine && problem.pos().line() <= lastLine,
                    () -> "line outside " + firstLine + ".." + lastLine + ": " + problem.format());
            assertTrue(problem.pos().column() >= 1, problem::format);
            assertFalse(problem.message().isBlank(), problem::format);
        }
    }

    /** The number of lines of {@code text} (a final line without a line break counts). */
    static int lineCount(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /**
     * The most lines any reader of {@code text} may count: YAML also breaks lines at CR, NEL and the
     * Unicode line and paragraph separators.
     */
    static int maxLineCount(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                lines++;
            }
        }
        return lines;
    }

    /**
     * No script element, no event-handler attribute and no URL with a scheme that runs code
     * ({@code javascript:}, {@code vbscript:}, {@code data:}) in any case or with whitespace or
     * control characters inside, as a browser would read it.
     */
    static void assertSafeHtml(String html) {
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), () -> "<script in: " + html);
        Document document = Jsoup.parseBodyFragment(html);
        for (Element element : document.body().getAllElements()) {
            assertFalse(element.normalName().equals("script"), () -> "script element in: " + html);
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), () -> "event handler " + name + " in: " + html);
                if (name.equals("srcset")) {
                    for (String candidate : attribute.getValue().split(",")) {
                        assertSafeUrl(candidate, html);
                    }
                } else if (URL_ATTRIBUTES.contains(name)) {
                    assertSafeUrl(attribute.getValue(), html);
                }
            }
        }
    }

    /**
     * Fails when {@code url} has a scheme that runs code as a browser reads it (the WHATWG URL
     * parser drops leading and trailing spaces and control characters and every tab and line
     * break inside), and, to be safe, with every other control character inside removed too.
     * A space or other character inside the scheme ({@code java script:}) makes a relative link.
     */
    static void assertSafeUrl(String url, String context) {
        String scheme = schemeOf(url);
        assertFalse(UNSAFE_SCHEMES.contains(scheme), () -> "unsafe URL '" + url + "' in: " + context);
    }

    private static String schemeOf(String url) {
        StringBuilder kept = new StringBuilder(url.length());
        url.codePoints().filter(c -> c > 0x1F && c != 0x7F).forEach(kept::appendCodePoint);
        String squeezed = kept.toString().trim();
        int colon = squeezed.indexOf(':');
        return colon < 0 ? "" : squeezed.substring(0, colon + 1).toLowerCase(Locale.ROOT);
    }
}
