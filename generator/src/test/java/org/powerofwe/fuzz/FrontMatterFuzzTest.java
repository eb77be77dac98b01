package org.powerofwe.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.powerofwe.content.FrontMatter;
import org.powerofwe.content.TextDecoder;
import org.powerofwe.diag.Problems;

/**
 * Any bytes a page file can hold: decoding either gives the text (byte-order mark dropped, line
 * ends made {@code \n}) or one error at a real place in the file; splitting either gives YAML and
 * body that are exactly the file's two parts, or one error at line 1. Never an exception.
 */
class FrontMatterFuzzTest {

    private static final String FILE = "content/pledges/fuzz.en.md";

    @FuzzTest(maxDuration = "30s")
    void decodesAndSplitsAnyPageFile(byte[] bytes) {
        Problems problems = new Problems();
        Optional<String> decoded = TextDecoder.decode(bytes, FILE, problems);
        Optional<String> expected = strictUtf8(bytes);
        assertEquals(expected.isPresent(), decoded.isPresent(), "valid UTF-8 is accepted, anything else refused");
        if (decoded.isEmpty()) {
            assertEquals(1, problems.errorCount(), "one error for invalid bytes");
            FuzzChecks.assertProblemsInside(problems, FILE, 1, FuzzChecks.lineCount(lenientText(bytes)));
            return;
        }
        assertTrue(problems.isEmpty(), () -> problems.sorted().toString());
        String text = decoded.get();
        assertEquals(expected.get(), text);
        assertFalse(text.indexOf('\r') >= 0, "line ends are \\n");
        split(text);
    }

    private static void split(String text) {
        Problems problems = new Problems();
        Optional<FrontMatter> split = FrontMatter.split(text, FILE, problems);
        if (split.isEmpty()) {
            assertEquals(1, problems.errorCount(), "one error for a missing or unclosed front matter");
            FuzzChecks.assertProblemsInside(problems, FILE, 1, 1);
            return;
        }
        assertTrue(problems.isEmpty(), () -> problems.sorted().toString());
        FrontMatter fm = split.get();
        int yamlStart = text.indexOf('\n') + 1;
        assertTrue(text.substring(0, yamlStart).strip().equals("---"), "the file starts with a fence");
        assertTrue(text.startsWith(fm.yaml(), yamlStart), "the YAML is the text after the first fence");
        assertEquals(2, fm.yamlLine());
        for (String line : fm.yaml().split("\n", -1)) {
            assertFalse(line.stripTrailing().equals("---"), "the YAML stops at the first closing fence");
        }
        assertTrue(text.endsWith(fm.body()), "the body is the end of the file");
        String between = text.substring(yamlStart + fm.yaml().length(), text.length() - fm.body().length());
        assertEquals("---", between.strip(), "only the closing fence lies between YAML and body");
        if (!fm.body().isEmpty()) {
            String before = text.substring(0, text.length() - fm.body().length());
            assertEquals(FuzzChecks.lineCount(before), fm.bodyLine(), "the body's first line number");
        }
    }

    /** The lines of the file as an editor shows them, whatever its invalid bytes. */
    private static String lenientText(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
    }

    /** What the file says as UTF-8, decoded independently: BOM dropped, CR LF and CR made LF. */
    private static Optional<String> strictUtf8(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
