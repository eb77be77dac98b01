package org.powerofwe.images;

import java.util.List;

/**
 * How images are published: the widths offered to browsers and the limits an original must keep.
 *
 * @param widths        the widths published (never wider than the original, which is always offered)
 * @param maxFileBytes  the largest original file accepted
 * @param maxSide       the largest width or height, in pixels, of an original
 */
public record ImageSettings(List<Integer> widths, long maxFileBytes, int maxSide, float jpegQuality, float webpQuality) {

    /** 480 to 1600 px (phones to wide screens at twice the density), 10 MB, 8,000 px. */
    public static final ImageSettings DEFAULTS = new ImageSettings(List.of(480, 800, 1200, 1600), 10L * 1024 * 1024, 8000, 0.82f, 0.78f);

    public ImageSettings {
        widths = List.copyOf(widths);
    }

    /** The same processing with other limits on originals (site-config's {@code images:}). */
    public ImageSettings withLimits(long newMaxFileBytes, int newMaxSide) {
        return new ImageSettings(widths, newMaxFileBytes, newMaxSide, jpegQuality, webpQuality);
    }

    /** What changes the published files; part of every cache key. */
    String fingerprint() {
        return "v1 widths=" + widths + " jpeg=" + jpegQuality + " webp=" + webpQuality;
    }
}
