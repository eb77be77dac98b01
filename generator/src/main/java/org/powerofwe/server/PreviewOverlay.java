package org.powerofwe.server;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.powerofwe.diag.Problem;
import org.powerofwe.model.TranslationConsistency;

/**
 * What the preview adds to a page it serves, and only there (the built site never has it): the
 * reload script and the preview's stylesheet (whose rules all name the preview's own classes, so a
 * previewed page looks exactly like the built one), a banner listing the warnings and check problems of
 * the page's own file (dismissible, since a warning does not stop publishing), and a "draft" mark
 * on every link to a draft page, so lists show what readers will not see yet.
 */
final class PreviewOverlay {

    static final String CSS_PATH = "/__live/preview.css";

    private PreviewOverlay() {
    }

    static byte[] decorate(byte[] page, List<Problem> problems, Set<String> draftUrls) {
        String html = new String(page, StandardCharsets.UTF_8);
        String tags = "<link rel=\"stylesheet\" href=\"" + CSS_PATH + "\">\n<script src=\"" + LiveReload.SCRIPT + "\" defer></script>";
        int head = html.indexOf("</head>");
        html = head >= 0 ? html.substring(0, head) + tags + "\n" + html.substring(head) : html + tags;
        html = markDrafts(html, draftUrls);
        if (!problems.isEmpty()) {
            html = afterBodyStart(html, banner(problems));
        }
        return html.getBytes(StandardCharsets.UTF_8);
    }

    /** The banner: what is wrong with this page's source, where, and what to do. */
    static String banner(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        StringBuilder out = new StringBuilder("<aside class=\"preview-problems\" role=\"status\" aria-label=\"Problems of this page\" data-signature=\"")
                .append(Integer.toHexString(problems.hashCode())).append("\">\n<p class=\"preview-problems__title\"><strong>Preview: ");
        if (errors > 0) {
            out.append(errors).append(" error(s)").append(warnings > 0 ? " and " : "");
        }
        if (warnings > 0) {
            out.append(warnings).append(" warning(s)");
        }
        long blocking = problems.stream().filter(TranslationConsistency::blocksPublishing).count();
        out.append(" on this page</strong>")
                .append(errors > 0 ? " (<code>./site check</code> and the pull request will refuse them)"
                        : blocking > 0 ? " (" + (blocking != warnings ? blocking + " of them" : warnings == 1 ? "it" : "they") + " must be fixed before publishing:"
                                + " <code>./site check</code> reports " + (blocking == 1 ? "it as an error" : "them as errors") + ")"
                        : " (the page can be published; worth a look)")
                .append("</p>\n<button type=\"button\" class=\"preview-problems__close\" aria-label=\"Dismiss\">×</button>\n<ul>\n");
        for (Problem problem : problems) {
            out.append("<li class=\"").append(problem.severity().label()).append("\"><code>").append(ErrorPage.escape(problem.pos().toString()))
                    .append("</code> <strong>").append(problem.severity().label())
                    .append(TranslationConsistency.blocksPublishing(problem) ? " (blocks publishing)" : "").append("</strong>: ").append(ErrorPage.escape(problem.message()));
            if (!problem.hint().isEmpty()) {
                out.append("<br><span class=\"hint\">hint: ").append(ErrorPage.escape(problem.hint())).append("</span>");
            }
            out.append("</li>\n");
        }
        return out.append("</ul>\n</aside>\n").toString();
    }

    private static String afterBodyStart(String html, String insert) {
        int body = html.indexOf("<body");
        int end = body < 0 ? -1 : html.indexOf('>', body);
        return end < 0 ? insert + html : html.substring(0, end + 1) + "\n" + insert + html.substring(end + 1);
    }

    /**
     * Adds {@code data-preview-draft} to links whose address is a draft page, and a "draft" badge
     * as the link's first child: an element, not generated content, so it cannot clash with the
     * theme's own {@code ::before}/{@code ::after} (a card's stretched link covers the whole card
     * with its {@code ::after}; giving it content and a background hid the card's text).
     */
    static String markDrafts(String html, Set<String> draftUrls) {
        if (draftUrls.isEmpty()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 256);
        int from = 0;
        while (true) {
            int href = html.indexOf("href=\"", from);
            if (href < 0) {
                break;
            }
            int close = html.indexOf('"', href + 6);
            if (close < 0) {
                break;
            }
            String url = html.substring(href + 6, close);
            int tagStart = html.lastIndexOf('<', href);
            int tagEnd = html.indexOf('>', close);
            boolean anchor = tagStart >= 0 && html.startsWith("<a ", tagStart) && html.lastIndexOf('>', href) < tagStart;
            if (!anchor || tagEnd < 0 || !draftUrls.contains(url)) {
                out.append(html, from, close + 1);
                from = close + 1;
                continue;
            }
            out.append(html, from, close + 1).append(" data-preview-draft").append(html, close + 1, tagEnd + 1)
                    .append("<span class=\"preview-draft-badge\">draft</span> ");
            from = tagEnd + 1;
        }
        return out.append(html, from, html.length()).toString();
    }

    static final String CSS = """
            .preview-problems { position: relative; z-index: 1000; margin: 0; padding: 0.75rem 3rem 0.75rem 1rem;
              background: #fff6d6; color: #1a2330; border-bottom: 3px solid #8a6d00; font: 15px/1.45 system-ui, sans-serif; }
            .preview-problems ul { margin: 0.25rem 0 0; padding-left: 1.25rem; }
            .preview-problems li { margin: 0.25rem 0; overflow-wrap: anywhere; }
            .preview-problems li.error strong { color: #a4260c; }
            .preview-problems .hint { color: #44505e; }
            .preview-problems__title { margin: 0; }
            .preview-problems__close { position: absolute; top: 0.5rem; right: 0.5rem; min-width: 2.75rem; min-height: 2.75rem;
              font-size: 1.5rem; background: transparent; border: 0; cursor: pointer; color: inherit; }
            .preview-problems[hidden] { display: none; }
            a[data-preview-draft] { outline: 2px dashed #8a6d00; outline-offset: 2px; }
            .preview-draft-badge { display: inline-block; margin-inline-end: 0.3em; padding: 0 0.35em; border-radius: 3px;
              font: 600 0.75em/1.5 system-ui, sans-serif; text-transform: uppercase; letter-spacing: 0.03em; vertical-align: 0.15em;
              color: #5c4800; background: #fff6d6; border: 1px solid #8a6d00; }
            """;
}
