package org.powerofwe.server;

import java.util.List;
import org.powerofwe.diag.Problem;

/**
 * The page the preview shows instead of the site while the content has errors: every problem
 * with its file, line, message and hint, and the live-reload script, so the page recovers by
 * itself at the next good save.
 */
final class ErrorPage {

    private ErrorPage() {
    }

    static String html(List<Problem> problems) {
        StringBuilder items = new StringBuilder();
        for (Problem problem : problems) {
            items.append("<li class=\"").append(problem.severity().label()).append("\"><p class=\"where\"><code>")
                    .append(escape(problem.pos().toString())).append("</code> <strong>").append(problem.severity().label())
                    .append("</strong></p><p class=\"message\">").append(escape(problem.message())).append("</p>");
            if (!problem.hint().isEmpty()) {
                items.append("<p class=\"hint\">").append(escape(problem.hint())).append("</p>");
            }
            items.append("</li>\n");
        }
        long errors = problems.stream().filter(Problem::isError).count();
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + errors + " error(s) – site preview</title>\n"
                + "<link rel=\"stylesheet\" href=\"/__live/error.css\">\n"
                + "<script src=\"" + LiveReload.SCRIPT + "\" defer></script>\n</head>\n<body>\n<main>\n"
                + "<h1>The site cannot be built: " + errors + " error(s)</h1>\n"
                + "<p>Fix the problems below and save: this page reloads by itself.</p>\n"
                + "<ol class=\"problems\">\n" + items + "</ol>\n</main>\n</body>\n</html>\n";
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
            """;

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
