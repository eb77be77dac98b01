package org.powerofwe.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.powerofwe.diag.Problems;

class FrontMatterTest {

    @Test
    void splitsYamlFromBodyAndRemembersWhereTheBodyStarts() {
        FrontMatter fm = FrontMatter.split("---\ntitle: A\nweight: 2\n---\nBody\n", "a.md", new Problems()).orElseThrow();
        assertEquals("title: A\nweight: 2\n", fm.yaml());
        assertEquals("Body\n", fm.body());
        assertEquals(5, fm.bodyLine());
    }

    @Test
    void acceptsTrailingSpacesOnFencesAndAnEmptyBody() {
        FrontMatter fm = FrontMatter.split("---  \ntitle: A\n---", "a.md", new Problems()).orElseThrow();
        assertEquals("", fm.body());
    }

    @Test
    void aThirdFenceInTheBodyIsText() {
        FrontMatter fm = FrontMatter.split("---\ntitle: A\n---\nOne\n---\nTwo\n", "a.md", new Problems()).orElseThrow();
        assertEquals("One\n---\nTwo\n", fm.body());
    }

    @Test
    void reportsAMissingOrUnclosedFrontMatter() {
        Problems problems = new Problems();
        assertTrue(FrontMatter.split("# Title\n", "a.md", problems).isEmpty());
        assertTrue(FrontMatter.split("---\ntitle: A\n", "b.md", problems).isEmpty());
        assertEquals(2, problems.errorCount());
    }
}
