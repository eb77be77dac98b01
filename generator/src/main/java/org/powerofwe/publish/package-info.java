/**
 * Writes the built site: refuses dangerous output folders, renders into a staging folder beside
 * the output and swaps it in only when the whole build succeeded, fingerprints theme assets, and
 * writes the sitemap and robots file. The only package that writes files, and only inside the
 * output folder and its staging sibling.
 */
package org.powerofwe.publish;
