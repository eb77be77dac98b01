package org.powerofwe.yaml;

import java.util.Optional;

/**
 * Remembers the trees of YAML texts read before, so that a text read again (the front matter of a
 * page that did not change) is not parsed again. Only texts that were read without any problem are remembered,
 * so a text recalled reports none, as reading it again would. The trees are kept as if the text
 * started its file (file "" and line 1); {@link YamlReader} moves them to where the text is.
 * Implementations are safe to use from several threads.
 */
public interface YamlMemo {

    /** Remembers nothing. */
    YamlMemo NONE = new YamlMemo() {
        @Override
        public Optional<YNode> recall(String text, YamlLimits limits) {
            return Optional.empty();
        }

        @Override
        public void remember(String text, YamlLimits limits, YNode tree) {
        }
    };

    /** The tree of {@code text} read under {@code limits}, if it was remembered. */
    Optional<YNode> recall(String text, YamlLimits limits);

    /** Remembers the tree of {@code text}, read without problems under {@code limits}. */
    void remember(String text, YamlLimits limits, YNode tree);
}
