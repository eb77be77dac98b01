package org.powerofwe.markdown.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The examples of a spec written in the CommonMark spec's format: a fence of 32 backticks and
 * the word {@code example}, the Markdown, a line holding only {@code .}, the expected HTML. The
 * arrow {@code →} stands for a tab, as in the spec's own test runner.
 */
public record SpecExamples(List<Example> examples) {

    public record Example(int number, String section, String markdown, String html) {
    }

    private static final Pattern EXAMPLE = Pattern.compile(
            "^`{32} example[^\\n]*\\n([\\s\\S]*?)^\\.\\n([\\s\\S]*?)^`{32}$|^#{1,6} *(.*)$", Pattern.MULTILINE);

    public static SpecExamples load(String resource) {
        String text = read(resource).replace("\r\n", "\n");
        int end = text.indexOf("\n<!-- END TESTS -->");
        if (end >= 0) {
            text = text.substring(0, end);
        }
        List<Example> examples = new ArrayList<>();
        String section = "";
        Matcher m = EXAMPLE.matcher(text);
        while (m.find()) {
            if (m.group(3) != null) {
                section = m.group(3);
            } else {
                examples.add(new Example(examples.size() + 1, section, m.group(1).replace('→', '\t'), m.group(2).replace('→', '\t')));
            }
        }
        return new SpecExamples(List.copyOf(examples));
    }

    /** The expected differences: example number, then the reason, one a line; {@code #} starts a comment. */
    static Map<Integer, String> expectedDifferences(String resource) {
        Map<Integer, String> differences = new LinkedHashMap<>();
        for (String line : read(resource).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int space = trimmed.indexOf(' ');
            if (space < 0) {
                throw new IllegalArgumentException(resource + ": no reason given for example " + trimmed);
            }
            differences.put(Integer.parseInt(trimmed.substring(0, space)), trimmed.substring(space + 1).strip());
        }
        return differences;
    }

    static String read(String resource) {
        try (InputStream in = SpecExamples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
