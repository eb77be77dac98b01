/**
 * Reads {@code site-config.yml} into a typed, validated {@link org.powerofwe.config.SiteConfig}
 * and locates the project's folders ({@link org.powerofwe.config.ProjectLayout}). Reads the
 * configuration file and lists theme folders; writes nothing.
 */
package org.powerofwe.config;
