package org.powerofwe.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.powerofwe.diag.Problem;
import org.powerofwe.diag.Problems;

class YamlReaderTest {

    @Test
    void aTagWithASpaceAtEitherEndIsAProblemInTheFileNotABugInTheGenerator() {
        // 'title: !<%20> x' in a front matter made SnakeYAML throw an IllegalArgumentException that
        // escaped the reader: the build stopped with "bug in the generator" (exit 70) instead of
        // pointing at the page. Found by YamlFuzzTest.
        for (String yaml : List.of("title: !<%20> x\n", "title: !<x%20> x\n", "!%20 x\n")) {
            Problems problems = new Problems();
            assertTrue(YamlReader.read(yaml, "content/news/a.en.md", 1, YamlLimits.FRONT_MATTER, problems).isEmpty(), yaml);
            List<String> reported = problems.sorted().stream().map(Problem::format).toList();
            assertEquals(1, reported.size(), reported::toString);
            assertTrue(reported.get(0).startsWith("content/news/a.en.md:2:1: error: invalid YAML: "), reported.get(0));
            assertTrue(reported.get(0).contains("hint: YAML tags (!!name) are not allowed in content"), reported.get(0));
        }
    }

    @Test
    void anAliasBombIsOneProblemNotHundredsOfThousands() {
        // 'c: &c [*c, *c, *c, *c]' expands without end; the reader used to report every value past
        // the limit (375,052 problems for a data file), all held in memory. Found by YamlFuzzTest.
        for (YamlLimits limits : List.of(YamlLimits.FRONT_MATTER, YamlLimits.DATA)) {
            Problems problems = new Problems();
            assertTrue(YamlReader.read("c: &c [*c, *c, *c, *c]\n", "content/data/metrics/a.yml", 0, limits, problems).isEmpty());
            List<String> reported = problems.sorted().stream().map(Problem::format).toList();
            assertEquals(1, reported.size(), () -> reported.size() + " problems, first " + reported.get(0));
            assertTrue(reported.get(0).contains("error: this YAML expands to too many values"), reported.get(0));
        }
    }

    @Test
    void eachTextIsReadWithItsOwnLimitsAndNothingOfTheTextReadBefore() {
        // The reader keeps a parser per thread and limits: a front matter read after a data file
        // must still meet the front matter's tighter bounds, and a broken text must leave nothing
        // behind for the next one.
        String nested = "a: " + "[".repeat(24) + "]".repeat(24) + "\n";
        for (int round = 0; round < 3; round++) {
            Problems data = new Problems();
            assertTrue(YamlReader.read(nested, "content/data/metrics/a.yml", 0, YamlLimits.DATA, data).isPresent(), () -> data.sorted().toString());
            Problems frontMatter = new Problems();
            assertTrue(YamlReader.read(nested, "content/news/a.en.md", 1, YamlLimits.FRONT_MATTER, frontMatter).isEmpty());
            assertEquals(List.of("content/news/a.en.md:2:1: error: this YAML is nested too deeply"),
                    frontMatter.sorted().stream().map(p -> p.format().lines().findFirst().orElseThrow()).toList());
            Problems broken = new Problems();
            assertTrue(YamlReader.read("title: [unclosed\n", "content/news/b.en.md", 1, YamlLimits.FRONT_MATTER, broken).isEmpty());
            Problems fine = new Problems();
            YNode read = YamlReader.read("title: Fine\nweight: 2\n", "content/news/c.en.md", 1, YamlLimits.FRONT_MATTER, fine).orElseThrow();
            assertTrue(fine.isEmpty(), () -> fine.sorted().toString());
            assertEquals("content/news/c.en.md:3:1", ((YMap) read).entries().get(1).keyPos().toString());
        }
    }

    @Test
    void aListLongerThanTheLimitIsOneProblem() {
        StringBuilder yaml = new StringBuilder("items: [0");
        for (int i = 0; i < YamlLimits.FRONT_MATTER.maxNodes() + 500; i++) {
            yaml.append(",0");
        }
        yaml.append("]\n");
        Problems problems = new Problems();
        assertTrue(YamlReader.read(yaml.toString(), "content/news/a.en.md", 1, YamlLimits.FRONT_MATTER, problems).isEmpty());
        assertEquals(1, problems.errorCount(), () -> problems.sorted().toString());
    }
}
