package org.powerofwe.config;

/**
 * The largest photo original the site accepts ({@code images:} in site-config.yml): larger files
 * are an error at the line that uses them, so no one publishes a 40 MB camera file by mistake.
 *
 * @param maxMegabytes the largest original file, in megabytes
 * @param maxPixels    the largest width or height of an original, in pixels
 */
public record ImageLimits(int maxMegabytes, int maxPixels) {

    public static final ImageLimits DEFAULTS = new ImageLimits(10, 8000);

    /** The range each limit may be set to: beyond it, a build would be slow or no photo would pass. */
    public static final int MIN_MEGABYTES = 1;
    public static final int MAX_MEGABYTES = 100;
    public static final int MIN_PIXELS = 500;
    public static final int MAX_PIXELS = 30_000;

    public long maxBytes() {
        return maxMegabytes * 1024L * 1024L;
    }
}
