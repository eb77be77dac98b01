/**
 * Keeps the expensive per-page results of a build (rendered Markdown bodies) in
 * {@code .cache/build/}, so the next process reuses them instead of rendering again. An entry's
 * key is a hash of everything that made it: the page, the generator, the configuration and the
 * theme's words; what a body looked up in the rest of the site (other pages, figures, files,
 * images) is stored with it and checked again before the entry is trusted. Writes only under
 * {@code .cache/build/}; an unreadable entry is a miss, never an error.
 */
package org.powerofwe.build.cache;
