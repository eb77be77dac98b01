/**
 * The site as immutable records (pages, their typed fields, figures, translations) and the
 * assembly stage that links them: URLs, translation groups, cross-references. Pure data and
 * checks: no file access, no rendering.
 */
package org.powerofwe.model;
