package org.powerofwe.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.yaml.YList;
import org.powerofwe.yaml.YMap;
import org.powerofwe.yaml.YNode;
import org.powerofwe.yaml.YScalar;
import org.powerofwe.yaml.YamlLimits;
import org.powerofwe.yaml.YamlReader;

/**
 * Any text as front matter and as a data file: the reader returns a tree within its limits
 * (nodes after alias expansion, nesting, unique keys, positions inside the file) or reports
 * problems at lines of the file and returns nothing. Never an exception, never an alias bomb
 * expanded, never more problems than the text itself can account for.
 */
class YamlFuzzTest {

    private static final String FILE = "content/data/metrics/fuzz.yml";

    @FuzzTest(maxDuration = "30s")
    void readsAnyYaml(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        read(text, 1, YamlLimits.FRONT_MATTER);
        read(text, 0, YamlLimits.DATA);
    }

    private static void read(String text, int lineOffset, YamlLimits limits) {
        Problems problems = new Problems();
        Optional<YNode> root = YamlReader.read(text, FILE, lineOffset, limits, problems);
        int lastLine = lineOffset + FuzzChecks.maxLineCount(text);
        FuzzChecks.assertProblemsInside(problems, FILE, lineOffset + 1, lastLine);
        // Problems grow with the limits and the text, never with what aliases would expand to (an
        // exceeded limit is reported once: YamlReaderTest).
        long bound = limits.maxNodes() + (limits.maxDepth() + 1L) * (text.length() + 1L);
        assertTrue(problems.errorCount() <= bound, () -> problems.errorCount() + " problems for " + text.length() + " characters");
        if (problems.hasErrors()) {
            assertTrue(root.isEmpty(), "no tree when there are errors");
            return;
        }
        root.ifPresent(node -> {
            Budget budget = new Budget();
            walk(node, 0, limits, budget, lineOffset + 1, lastLine);
            assertTrue(budget.nodes <= limits.maxNodes(), () -> budget.nodes + " nodes exceed the limit " + limits.maxNodes());
        });
    }

    private static void walk(YNode node, int depth, YamlLimits limits, Budget budget, int firstLine, int lastLine) {
        budget.nodes++;
        assertTrue(depth <= limits.maxDepth(), () -> "nested deeper than " + limits.maxDepth());
        assertInside(node.pos(), firstLine, lastLine);
        assertFalse(node.describe().isBlank());
        if (node instanceof YMap map) {
            Set<String> keys = new HashSet<>();
            for (YMap.Entry entry : map.entries()) {
                assertTrue(keys.add(entry.key()), () -> "duplicate key '" + entry.key() + "' accepted");
                assertInside(entry.keyPos(), firstLine, lastLine);
                walk(entry.value(), depth + 1, limits, budget, firstLine, lastLine);
            }
        } else if (node instanceof YList list) {
            for (YNode item : list.items()) {
                walk(item, depth + 1, limits, budget, firstLine, lastLine);
            }
        } else {
            YScalar scalar = (YScalar) node;
            assertTrue(scalar.text() != null && scalar.kind() != null);
        }
    }

    private static void assertInside(SourcePos pos, int firstLine, int lastLine) {
        assertEquals(FILE, pos.file());
        assertTrue(pos.line() >= firstLine && pos.line() <= lastLine, () -> pos + " is outside lines " + firstLine + ".." + lastLine);
    }

    /** Counts nodes as the reader's consumers would visit them (aliases expanded). */
    private static final class Budget {
        int nodes;
    }
}
