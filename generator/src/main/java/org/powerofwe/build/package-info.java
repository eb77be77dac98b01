/**
 * Runs a build as named stages, in order: configure, load content, assemble, render Markdown,
 * render templates, publish. {@link org.powerofwe.build.SiteBuilder} is the one place that knows
 * the order; each stage lives in its own package.
 */
package org.powerofwe.build;
