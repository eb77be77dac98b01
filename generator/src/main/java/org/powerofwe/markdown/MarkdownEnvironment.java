package org.powerofwe.markdown;

import java.util.List;
import java.util.Optional;
import org.powerofwe.model.Metric;
import org.powerofwe.model.Page;
import org.powerofwe.model.PageKey;

/**
 * What Markdown rendering needs to know about the rest of the site; the render stage provides it.
 */
public interface MarkdownEnvironment {

    /** The page with this key in {@code lang}, or in the default language when it has no translation. */
    Optional<Page> findPage(PageKey key, String lang);

    /** The keys of every page in any language (for "did you mean" hints). */
    List<String> pageKeys();

    /**
     * Whether a content file exists for this key, even one too broken to publish: a link to it is
     * not reported again, the file's own problem says what to fix.
     */
    boolean fileExists(PageKey key);

    /** The URL (with base path) readers follow to a page. */
    String urlOf(Page page);

    /** The URL of a file published from {@code content/}, if that file exists. */
    Optional<String> assetUrl(String contentRelativePath);

    /**
     * The published versions of an image in {@code content/} (processed on first use), or why it
     * cannot be published; empty where images are not processed (then the original is linked).
     */
    default Optional<org.powerofwe.images.ImageLibrary.Outcome> image(String contentRelativePath) {
        return Optional.empty();
    }

    /** The site's base path, such as {@code /power-of-we/}, for links written from the site root. */
    String basePath();

    /** The site's host, to tell external links from internal ones. */
    String host();

    Optional<Metric> metric(String id);

    /** Every figure id, for "did you mean" hints. */
    List<String> metricIds();

    /** A figure's value as written inside a sentence, formatted for {@code lang}. */
    String inlineFigure(Metric metric, String lang, FigureForm form);

    /** The chart, text alternative and table of a group of figures, as trusted HTML. */
    String figureBlock(List<Metric> metrics, String lang, String idPrefix);

    /**
     * Looks at a run of prose text of a page (never code, link targets or shortcodes), for checks
     * such as terminology; {@code positionAt} maps an index in {@code text} to its place in the file.
     */
    default void inspectText(Page page, CharSequence text, java.util.function.IntFunction<org.powerofwe.diag.SourcePos> positionAt,
            org.powerofwe.diag.Problems problems) {
        // No checks by default.
    }
}
