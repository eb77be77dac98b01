/**
 * Brings flexmark 0.64.8, the site's Markdown parser, in line with CommonMark 0.31.2 and the
 * GitHub-flavoured extensions where it still follows older versions of the specs: each class fixes
 * one rule, named in its Javadoc with the spec examples it makes pass. {@link
 * org.powerofwe.markdown.commonmark.SpecConformance} plugs them all into flexmark. Nothing here
 * knows about pages, links of the site or the sanitiser.
 */
package org.powerofwe.markdown.commonmark;
