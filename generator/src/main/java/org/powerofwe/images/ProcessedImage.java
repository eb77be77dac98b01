package org.powerofwe.images;

import java.nio.file.Path;
import java.util.List;

/**
 * The published versions of one original, as kept in the cache.
 *
 * @param key      the cache key: a hash of the original's bytes and the processing settings
 * @param width    the upright original's width in pixels
 * @param height   the upright original's height in pixels
 * @param variants every published file, smallest first within each format
 */
record ProcessedImage(String key, int width, int height, List<Variant> variants) {

    /** One published file: its format's extension ({@code jpg}, {@code png}, {@code webp}), size and place in the cache. */
    record Variant(String extension, int width, int height, Path file) {
    }

    ProcessedImage {
        variants = List.copyOf(variants);
    }
}
