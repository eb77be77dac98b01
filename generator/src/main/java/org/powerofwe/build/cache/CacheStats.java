package org.powerofwe.build.cache;

/**
 * What the build cache spared in one build: page bodies taken from it, bodies rendered, and
 * entries found but not used because something they depend on changed ({@code stale}) or because
 * they could not be read whole ({@code rejected}: truncated, altered, of another format); then
 * whole pages copied from it ({@code pagesReused}) and pages rendered through the theme.
 */
public record CacheStats(boolean enabled, int reused, int rendered, int stale, int rejected, int pagesReused, int pagesRendered) {

    /** A build without the cache. */
    public static final CacheStats OFF = new CacheStats(false, 0, 0, 0, 0, 0, 0);

    /** What was spared since {@code earlier} was read, by the same cache. */
    public CacheStats since(CacheStats earlier) {
        return new CacheStats(enabled, reused - earlier.reused, rendered - earlier.rendered, stale - earlier.stale, rejected - earlier.rejected,
                pagesReused - earlier.pagesReused, pagesRendered - earlier.pagesRendered);
    }
}
