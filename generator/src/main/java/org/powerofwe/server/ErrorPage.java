package org.powerofwe.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.powerofwe.diag.Problem;
import org.powerofwe.diag.SourcePos;

/**
 * The page the preview shows instead of the site while the content has errors: every problem
 * with its file, line, message and hint, and the live-reload script, so the page recovers by
 * itself at the next good save.
 */
final class ErrorPage {

    /** The error page's own full-page stylesheet, loaded only there (never on a site page, whose look it would change). */
    static final String CSS_PATH = "/__live/error-page.css";

    private ErrorPage() {
    }

    /** The lines shown above and below the offending one. */
    private static final int CONTEXT = 2;
    /** Problems shown with their lines; the rest are listed without, to keep the page short. */
    private static final int EXCERPTS = 30;

    static String html(List<Problem> problems) {
        return html(problems, null);
    }

    /** The page, with each problem's line from its file under {@code root} and a caret under its column, as Astro and Vite show. */
    static String html(List<Problem> problems, Path root) {
        StringBuilder items = new StringBuilder();
        int shown = 0;
        for (Problem problem : problems) {
            items.append("<li class=\"").append(problem.severity().label()).append("\"><p class=\"where\"><code>")
                    .append(escape(problem.pos().toString())).append("</code> <strong>").append(problem.severity().label())
                    .append("</strong></p><p class=\"message\">").append(escape(problem.message())).append("</p>");
            if (root != null && shown++ < EXCERPTS) {
                excerpt(root, problem).ifPresent(items::append);
            }
            if (!problem.hint().isEmpty()) {
                items.append("<p class=\"hint\">").append(escape(problem.hint())).append("</p>");
            }
            items.append("</li>\n");
        }
        long errors = problems.stream().filter(Problem::isError).count();
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + errors + " error(s) – site preview</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + CSS_PATH + "\">\n"
                + "<script src=\"" + LiveReload.SCRIPT + "\" defer></script>\n</head>\n<body>\n<main>\n"
                + "<h1>The site cannot be built: " + errors + " error(s)</h1>\n"
                + "<p>Fix the problems below and save: this page reloads by itself.</p>\n"
                + "<ol class=\"problems\">\n" + items + "</ol>\n</main>\n</body>\n</html>\n";
    }

    /** The offending line with its neighbours and a caret under the column, or empty when the file cannot be read. */
    static Optional<String> excerpt(Path root, Problem problem) {
        Path file = root.resolve(problem.pos().file()).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
        int line = problem.pos().line();
        if (line > lines.size() || (line == 1 && problem.pos().column() == 1 && lines.size() > 1 && problem.pos().equals(SourcePos.file(problem.pos().file())))) {
            return Optional.empty();
        }
        String offending = lines.get(line - 1);
        int column = Math.max(1, Math.min(problem.pos().column(), offending.length() + 1));
        // A long line (a paragraph is one line in Markdown) is shown around the column, so the caret is on screen.
        int from = offending.length() > 2 * WINDOW ? Math.max(0, Math.min(column - 1 - WINDOW, offending.length() - 2 * WINDOW)) : 0;
        StringBuilder out = new StringBuilder("<pre class=\"excerpt\"><code>");
        int width = String.valueOf(Math.min(lines.size(), line + CONTEXT)).length();
        for (int n = Math.max(1, line - CONTEXT); n <= Math.min(lines.size(), line + CONTEXT); n++) {
            String number = String.format("%" + width + "d", n);
            String text = window(lines.get(n - 1), from);
            out.append(n == line ? "<mark>" : "").append(number).append(" | ").append(escape(text)).append(n == line ? "</mark>" : "").append('\n');
            if (n == line) {
                int at = column - 1 - from + (from > 0 ? 1 : 0);
                out.append(" ".repeat(width)).append(" | ").append(" ".repeat(at)).append("<span class=\"caret\">^</span>\n");
            }
        }
        out.append("</code></pre>");
        if (offending.length() > 2 * WINDOW) {
            // On a phone even the window is wider than the screen: the same text, wrapped, with the column marked.
            int start = Math.max(0, column - 1 - FOCUS);
            int end = Math.min(offending.length(), column - 1 + FOCUS);
            int mark = Math.min(column - 1, offending.length());
            out.append("<p class=\"excerpt-focus\">").append(start > 0 ? "…" : "").append(escape(offending.substring(start, mark)))
                    .append("<mark>").append(mark < offending.length() ? escape(offending.substring(mark, mark + 1)) : " ").append("</mark>")
                    .append(mark + 1 < end ? escape(offending.substring(mark + 1, end)) : "").append(end < offending.length() ? "…" : "").append("</p>");
        }
        return Optional.of(out.toString());
    }

    /** Characters shown on each side of the column of a long line. */
    private static final int WINDOW = 60;
    /** Characters on each side of the column in the wrapped copy shown under a long line. */
    private static final int FOCUS = 40;

    /** The part of a line from {@code from}, at most {@code 2 * WINDOW} characters, with "…" where it was cut. */
    private static String window(String text, int from) {
        if (text.length() <= 2 * WINDOW && from == 0) {
            return text;
        }
        if (from >= text.length()) {
            return from > 0 && !text.isEmpty() ? "…" : "";
        }
        int to = Math.min(text.length(), from + 2 * WINDOW);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }

    static final String CSS = """
            body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #fff8f6; color: #1a2330; }
            main { max-width: 56rem; margin: 0 auto; padding: 2rem 1.25rem; }
            h1 { color: #a4260c; font-size: 1.6rem; }
            .problems { padding: 0; list-style: none; }
            .problems li { background: #fff; border-left: 6px solid #a4260c; padding: 0.75rem 1rem; margin: 0 0 1rem; }
            .problems li.warning { border-color: #8a6d00; }
            .where { margin: 0; } .message { margin: 0.25rem 0; font-weight: 600; } .hint { margin: 0; color: #44505e; }
            code { font-size: 0.95em; }
            .excerpt { background: #1a2330; color: #e8edf3; padding: 0.5rem 0.75rem; overflow-x: auto; border-radius: 4px; margin: 0.5rem 0; }
            .excerpt mark { background: #5a2a1c; color: #fff; } .excerpt .caret { color: #ff8a65; font-weight: 700; }
            .excerpt-focus { margin: 0.25rem 0 0.5rem; font-family: ui-monospace, monospace; font-size: 0.9em; overflow-wrap: anywhere; }
            .excerpt-focus mark { background: #ffd0c2; color: #1a2330; outline: 2px solid #a4260c; }
            """;

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
