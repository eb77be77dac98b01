/**
 * Turns a page's Markdown body into safe HTML with flexmark: CommonMark plus tables,
 * strikethrough, footnotes and autolinks; stable, readable heading ids; links to other content
 * files resolved to the right page in the page's language; figure shortcodes; raw HTML cleaned
 * by an allow-list. Knows nothing of templates or files: it asks a {@link
 * org.powerofwe.markdown.MarkdownEnvironment} for URLs, figures and charts.
 */
package org.powerofwe.markdown;
