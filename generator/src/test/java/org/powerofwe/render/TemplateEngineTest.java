package org.powerofwe.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import freemarker.template.TemplateMethodModelEx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the template engine passes on what the templates it runs call. */
class TemplateEngineTest {

    @TempDir
    Path layouts;

    @Test
    void memoryRunningOutInsideATemplateIsNotReportedAsATemplateMistake() throws Exception {
        // Staff told "template error" would look for a typo in the theme; the command line says
        // instead that the generator needs more memory, and how to give it.
        // Templates call the page's Java methods through reflection, which wraps what they throw.
        Files.writeString(layouts.resolve("page.ftlh"), "<p>${page.grow()}</p>\n");
        TemplateEngine engine = new TemplateEngine(layouts, "themes/test/layouts/");
        OutOfMemoryError error = assertThrows(OutOfMemoryError.class,
                () -> engine.render("page.ftlh", Map.of("page", new GreedyPage()), Locale.ENGLISH));
        assertEquals("Java heap space", error.getMessage());
    }

    /** A page whose method needs more memory than there is. */
    public static final class GreedyPage {
        public String grow() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void anExceptionInsideATemplateIsReportedAtItsLine() throws Exception {
        Files.writeString(layouts.resolve("page.ftlh"), "<p>ok</p>\n<p>${fail()}</p>\n");
        TemplateEngine engine = new TemplateEngine(layouts, "themes/test/layouts/");
        TemplateMethodModelEx fail = arguments -> {
            throw new IllegalStateException("no such figure");
        };
        TemplateFailure failure = assertThrows(TemplateFailure.class, () -> engine.render("page.ftlh", Map.of("fail", fail), Locale.ENGLISH));
        String said = failure.problem().format();
        assertTrue(said.startsWith("themes/test/layouts/page.ftlh:2:") && said.contains("error: template error"), said);
    }
}
