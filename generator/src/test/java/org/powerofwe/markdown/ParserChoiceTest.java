package org.powerofwe.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import org.junit.jupiter.api.Test;
import org.powerofwe.testing.RepoPaths;

/**
 * Bodies are parsed only with the optional syntaxes (tables, strikethrough, footnotes, bare
 * addresses) whose characters they contain. If that choice ever changed what a body means, a
 * table, a footnote or a link would silently vanish from a page: the tree must be exactly the one
 * the parser with every syntax builds.
 */
class ParserChoiceTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer(Map.of());

    @Test
    void everyRealPageAndFuzzInputParsesAsWithEverySyntax() throws IOException {
        List<String> bodies = bodies();
        assertTrue(bodies.size() > 200, "the real content and the fuzz corpus: " + bodies.size());
        for (String body : bodies) {
            assertSameTree(body);
            // The same texts without the characters that call for optional syntaxes: parsed by the
            // leaner parsers, they must still read exactly as the full parser reads them.
            String plain = body.replace("|", " ").replace("~", " ").replace("[^", "[").replace("://", ":")
                    .replace("www.", "www").replace("@", " at ")
                    .replace("&", " and ").replace("\\", "/");
            assertSameTree(plain);
        }
    }

    @Test
    void aBodyWithoutTheirCharactersIsParsedWithoutTheOptionalSyntaxes() {
        String plain = "## Title\n\nA paragraph with *emphasis*, [a link](../pact/government.md) and a list:\n\n- one\n- two\n";
        assertNotSame(renderer.fullParser(), renderer.parserFor(plain));
        assertSameTree(plain);
    }

    @Test
    void eachOptionalSyntaxStillWorksWhenItIsTheOnlyOneOnThePage() {
        // A lean parser that lost a syntax would print the table, the struck text, the note or the
        // address as plain characters: the tree shows the node it must build.
        Map<String, String> cases = Map.of(
                "Figures:\n\n| city | delegates |\n|---|---:|\n| Kazan | 400 |\n", "TableBlock",
                "The ~~old~~ name.\n", "Strikethrough",
                "A claim.[^1]\n\n[^1]: Its source.\n", "Footnote",
                "See https://www.uclg.org for more.\n", "AutoLink",
                "Write to info@uclg.org today.\n", "MailLink");
        cases.forEach((body, node) -> {
            assertNotSame(renderer.fullParser(), renderer.parserFor(body), body);
            assertTrue(tree(renderer.parserFor(body), body).contains(node), () -> node + " missing in:\n" + tree(renderer.parserFor(body), body));
            assertSameTree(body);
        });
    }

    @Test
    void addressesWrittenWithEntitiesOrEscapesAreReadAsTheFullParserReadsThem() {
        // flexmark decodes entities and backslash escapes before it looks for bare addresses, so
        // the characters that call for the address syntax may not appear as such in the text.
        for (String body : List.of("Write to info&#64;uclg.org.\n", "Write to info&commat;uclg.org.\n",
                "Visit www\\.uclg.org.\n", "Visit http:\\/\\/uclg.org.\n", "Visit https&#58;//uclg.org.\n")) {
            assertSameTree(body);
        }
    }

    private void assertSameTree(String body) {
        assertEquals(tree(renderer.fullParser(), body), tree(renderer.parserFor(body), body), () -> "parsed differently:\n" + body);
    }

    private static String tree(Parser parser, String body) {
        StringBuilder out = new StringBuilder();
        for (Node node : parser.parse(body).getDescendants()) {
            int depth = 0;
            for (Node p = node.getParent(); p != null; p = p.getParent()) {
                depth++;
            }
            out.append("  ".repeat(depth)).append(node.toAstString(true)).append('\n');
        }
        return out.toString();
    }

    private static List<String> bodies() throws IOException {
        List<String> bodies = new ArrayList<>();
        Path root = RepoPaths.root();
        for (Path folder : List.of(root.resolve("content"), root.resolve("generator/src/test/resources/org/powerofwe/fuzz/MarkdownFuzzTestInputs"))) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path file : walk.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                    bodies.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                }
            }
        }
        return bodies;
    }
}
