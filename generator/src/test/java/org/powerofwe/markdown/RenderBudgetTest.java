package org.powerofwe.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.powerofwe.diag.Problem;
import org.powerofwe.diag.Problems;
import org.powerofwe.markdown.conformance.SpecEnvironment;

/**
 * A page whose Markdown flexmark renders slowly (a paragraph of thousands of links took a minute)
 * is reported at its file once its time budget is spent, instead of holding up the whole build.
 */
class RenderBudgetTest {

    @Test
    void aPageOverItsBudgetIsAnErrorAtItsFileAndTheRendererAnswers() {
        // 6,000 links now render in tens of milliseconds: a budget of 1 ms is spent whatever the machine.
        MarkdownRenderer renderer = new MarkdownRenderer(Map.of(), Duration.ofMillis(1));
        Problems problems = new Problems();

        RenderedMarkdown rendered = renderer.render(SpecEnvironment.page("[a](b) ".repeat(6000)), new SpecEnvironment(), problems);

        assertEquals("", rendered.html());
        Problem problem = problems.sorted().get(0);
        assertTrue(problem.format().startsWith("content/pledges/spec.en.md:4:1: error: the text of this page takes more than"), problem.format());
    }

    @Test
    void aPageWithinItsBudgetKeepsItsTextAndItsProblems() {
        MarkdownRenderer renderer = new MarkdownRenderer(Map.of(), Duration.ofSeconds(30));
        Problems problems = new Problems();

        RenderedMarkdown rendered = renderer.render(SpecEnvironment.page("Text [x](javascript:alert(1))\n"), new SpecEnvironment(), problems);

        assertTrue(rendered.html().contains("Text"), rendered.html());
        assertEquals(1, problems.sorted().size(), problems.sorted()::toString);
    }
}
