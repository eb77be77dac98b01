/**
 * Checks a rendered site beyond what a build needs: every internal link and {@code #anchor}
 * reaches a published page and an id on it, every image has a text alternative, headings follow
 * each other in order, translations are current. Reads the in-memory output of a build session;
 * writes nothing.
 */
package org.powerofwe.check;
