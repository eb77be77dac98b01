package org.powerofwe.yaml;

import java.util.Optional;

/**
 * Remembers the trees of YAML texts read before, so that a text read again (the front matter of a
 * page that did not change) is not parsed again. Only texts that were read without any problem are remembered,
 * so a text recalled reports none, as reading it again would. The trees are given as if the text
 * started its file (file "" and line 1) and given back placed where the text is.
 * Implementations are safe to use from several threads.
 */
public interface YamlMemo {

    /** Remembers nothing. */
    YamlMemo NONE = new YamlMemo() {
        @Override
        public Optional<YNode> recall(String text, YamlLimits limits, String file, int lineOffset) {
            return Optional.empty();
        }

        @Override
        public void remember(String text, YamlLimits limits, YNode tree) {
        }
    };

    /**
     * The tree of {@code text} read under {@code limits}, if it was remembered, placed where the
     * text now is: in {@code file}, {@code lineOffset} lines down.
     */
    Optional<YNode> recall(String text, YamlLimits limits, String file, int lineOffset);

    /** Remembers the tree of {@code text}, read without problems under {@code limits}. */
    void remember(String text, YamlLimits limits, YNode tree);
}
