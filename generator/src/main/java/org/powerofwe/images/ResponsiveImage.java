package org.powerofwe.images;

import java.util.List;

/**
 * A published image as a page shows it: every width in each format, and the markup that lets the
 * browser pick the smallest file that is sharp on the reader's screen.
 *
 * @param width    the width of the largest published file (the {@code width} attribute)
 * @param height   its height (the {@code height} attribute: the browser reserves the space)
 * @param src      the URL of a middle-sized file, for browsers that ignore {@code srcset}
 * @param srcset   the JPEG or PNG files with their widths
 * @param webpSrcset the WebP files with their widths, empty when WebP is not published
 */
public record ResponsiveImage(int width, int height, String src, String srcset, String webpSrcset) {

    /** Sizes for an image in the text column. */
    public static final String PROSE_SIZES = "(min-width: 46rem) 42rem, calc(100vw - 2rem)";
    /** Sizes for a cover across the page's width. */
    public static final String COVER_SIZES = "(min-width: 76rem) 72rem, calc(100vw - 2rem)";

    static ResponsiveImage of(ProcessedImage image, List<String> urls) {
        StringBuilder fallback = new StringBuilder();
        StringBuilder webp = new StringBuilder();
        ProcessedImage.Variant largest = null;
        String src = null;
        for (int i = 0; i < image.variants().size(); i++) {
            ProcessedImage.Variant v = image.variants().get(i);
            StringBuilder into = v.extension().equals("webp") ? webp : fallback;
            into.append(into.length() == 0 ? "" : ", ").append(urls.get(i)).append(' ').append(v.width()).append('w');
            if (!v.extension().equals("webp")) {
                if (largest == null || v.width() > largest.width()) {
                    largest = v;
                }
                if (src == null || v.width() <= 800) {
                    src = urls.get(i);
                }
            }
        }
        if (largest == null) {
            throw new IllegalStateException("an image without a JPEG or PNG version: " + image.key());
        }
        return new ResponsiveImage(largest.width(), largest.height(), src, fallback.toString(), webp.toString());
    }

    /**
     * The {@code <picture>} element. {@code eager} for the first image a reader sees (loading it
     * lazily would delay the largest paint); every other image loads when it comes near.
     */
    public String html(String alt, String sizes, boolean eager, String cssClass) {
        StringBuilder html = new StringBuilder("<picture>");
        if (!webpSrcset.isEmpty()) {
            html.append("<source type=\"image/webp\" srcset=\"").append(escape(webpSrcset)).append("\" sizes=\"").append(escape(sizes)).append("\">");
        }
        html.append("<img src=\"").append(escape(src)).append("\" srcset=\"").append(escape(srcset)).append("\" sizes=\"").append(escape(sizes))
                .append("\" width=\"").append(width).append("\" height=\"").append(height).append("\" alt=\"").append(escape(alt)).append('"');
        if (cssClass != null && !cssClass.isEmpty()) {
            html.append(" class=\"").append(escape(cssClass)).append('"');
        }
        html.append(eager ? " fetchpriority=\"high\"" : " loading=\"lazy\"").append(" decoding=\"async\"></picture>");
        return html.toString();
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
