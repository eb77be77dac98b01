package org.powerofwe.build;

/**
 * Hears what a long build is doing, so the command line can show it on a terminal. Called from
 * several threads; implementations must be cheap and thread-safe.
 */
public interface Progress {

    /** Reports nothing (tests, CI, the preview server). */
    Progress NONE = new Progress() {
        @Override
        public void stage(String name) {
            // Silent.
        }

        @Override
        public void page(int done, int total) {
            // Silent.
        }
    };

    /** A new stage started ("Loading content", "Rendering pages"). */
    void stage(String name);

    /** {@code done} of {@code total} pages are rendered. */
    void page(int done, int total);
}
