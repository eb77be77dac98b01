package org.powerofwe.build.cache;

/**
 * One question a page body asked about the rest of the site while it was rendered, and a digest
 * of the answer. An entry is reused only when every question it asked gets the same answer now.
 */
record Lookup(Kind kind, String argument, String answer) {

    /** The questions of {@link org.powerofwe.markdown.MarkdownEnvironment} whose answer can change between builds. */
    enum Kind {
        /** A page by key and language: does it exist, in which language, at which address. */
        PAGE,
        /** Whether a content file exists for a key, even a broken one. */
        FILE,
        /** Every page key (hints for a broken link). */
        PAGE_KEYS,
        /** A file published from {@code content/}. */
        ASSET,
        /** An image's published versions, or why it cannot be published. */
        IMAGE,
        /** A figure. */
        METRIC,
        /** Every figure id (hints for an unknown figure). */
        METRIC_IDS
    }
}
