package org.powerofwe.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.powerofwe.diag.Problem;
import org.powerofwe.diag.Problems;

/**
 * A front matter taken from the memo (the build cache) must be the tree reading it would give, at
 * the same lines and columns of the same file: staff read every later message about a field
 * (a wrong type, an unknown name) at those positions. A text with a problem is never remembered,
 * and its problems are reported where they are, as without the memo.
 */
class YamlMemoTest {

    /** A memo in memory that counts what it was asked. */
    private static final class Recorded implements YamlMemo {
        final Map<String, YNode> trees = new ConcurrentHashMap<>();
        int recalled;

        @Override
        public Optional<YNode> recall(String text, YamlLimits limits, String file, int lineOffset) {
            Optional<YNode> tree = Optional.ofNullable(trees.get(limits + text));
            tree.ifPresent(t -> recalled++);
            return tree.map(t -> YamlReader.moved(t, file, lineOffset));
        }

        @Override
        public void remember(String text, YamlLimits limits, YNode tree) {
            trees.put(limits + text, tree);
        }
    }

    private static final List<String> TEXTS = List.of(
            "title: Le Pacte pour l'avenir\nweight: 3\n",
            "title: \"Quoted: with colon\"\ndate: 2021-06-01\ndraft: false\naliases:\n  - /old/one/\n  - /old/two/\n",
            "summary: >\n  Folded text\n  over lines.\nfields:\n  axis: people\n  nested:\n    - { a: 1, b: [x, y] }\n    - plain\n",
            "  indented: 1\n  other: ~\n",
            "emoji: \"🌍 monde\"\nratio: 0.5\n");

    @Test
    void aRememberedTreeIsTheTreeReadAtThatPlace() {
        Recorded memo = new Recorded();
        for (String text : TEXTS) {
            for (int offset : new int[] {0, 1, 7}) {
                for (String file : new String[] {"content/a.en.md", "content/b.fr.md"}) {
                    Problems plain = new Problems();
                    Optional<YNode> expected = YamlReader.read(text, file, offset, YamlLimits.FRONT_MATTER, plain);
                    Problems remembered = new Problems();
                    Optional<YNode> got = YamlReader.read(text, file, offset, YamlLimits.FRONT_MATTER, remembered, memo);
                    assertEquals(expected, got, text + " in " + file + " at +" + offset);
                    assertEquals(0, plain.errorCount());
                    assertEquals(0, remembered.errorCount());
                }
            }
        }
        assertEquals(TEXTS.size(), memo.trees.size(), "each text parsed once");
        assertEquals(TEXTS.size() * 6 - TEXTS.size(), memo.recalled, "then taken from the memo");
    }

    @Test
    void aTextWithAProblemIsReportedWhereItIsAndNeverRemembered() {
        Recorded memo = new Recorded();
        for (String text : List.of("title: one\ntitle: two\n", "a: [unclosed\n", "tagged: !!python/object x\n")) {
            for (int round = 0; round < 2; round++) {
                Problems plain = new Problems();
                Optional<YNode> expected = YamlReader.read(text, "content/c.es.md", 4, YamlLimits.FRONT_MATTER, plain);
                Problems remembered = new Problems();
                Optional<YNode> got = YamlReader.read(text, "content/c.es.md", 4, YamlLimits.FRONT_MATTER, remembered, memo);
                assertEquals(expected, got);
                List<Problem> want = plain.sorted();
                assertTrue(!want.isEmpty(), text);
                assertEquals(want, remembered.sorted(), text);
            }
        }
        assertEquals(0, memo.trees.size());
    }
}
