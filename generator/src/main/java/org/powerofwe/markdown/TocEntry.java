package org.powerofwe.markdown;

/** A heading of the page, for its in-page table of contents. */
public record TocEntry(int level, String text, String id) {
}
