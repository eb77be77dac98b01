/**
 * Images at build time: reads the photos staff put in {@code content/}, applies their EXIF
 * orientation, publishes them in a few widths (JPEG or PNG, plus WebP) without any of their
 * metadata, writes the {@code <picture>} markup that lets browsers choose, and draws a social card
 * per page and language. Every result is cached under {@code .cache/} by a hash of the source
 * bytes and the processing settings, so an unchanged image is never processed twice.
 *
 * <p>May read source files and the theme's fonts, and write only inside its cache folder; files
 * reach the output through the build's {@code OutputSink}.
 */
package org.powerofwe.images;
