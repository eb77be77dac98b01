package org.powerofwe.i18n;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.powerofwe.model.Page;
import org.powerofwe.model.TypeFields;

/**
 * Names a version of a source page by a hash of its translatable text (title, summary, vision,
 * body), normalised so that re-wrapping lines or trailing spaces do not count as changes. Needs no
 * version-control history, so it works in a shallow CI clone; language-neutral fields (weight,
 * date, references) are left out: they are checked separately and never call for re-translation.
 */
public final class Revisions {

    private Revisions() {
    }

    /** The revision of a page: 12 hexadecimal characters. */
    public static String of(Page page) {
        return hash(normalisedText(page));
    }

    /** The text a translation is made from, normalised: one paragraph per block, separated by blank lines. */
    public static String normalisedText(Page page) {
        List<String> parts = new ArrayList<>();
        parts.add("title: " + collapse(page.title()));
        if (!page.summary().isBlank()) {
            parts.add("summary: " + collapse(page.summary()));
        }
        page.fieldsAs(TypeFields.Axis.class).ifPresent(a -> parts.add("vision: " + collapse(a.vision())));
        parts.addAll(paragraphs(page.body()));
        return String.join("\n\n", parts) + "\n";
    }

    /** Splits Markdown into blocks at blank lines, with whitespace inside each block collapsed. */
    public static List<String> paragraphs(String markdown) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String line : markdown.replace("\r", "").split("\n", -1)) {
            if (line.isBlank()) {
                flush(block, blocks);
            } else {
                block.append(block.length() == 0 ? "" : "\n").append(line.stripTrailing());
            }
        }
        flush(block, blocks);
        return blocks;
    }

    private static void flush(StringBuilder block, List<String> blocks) {
        if (block.length() > 0) {
            blocks.add(collapseLines(block.toString()));
            block.setLength(0);
        }
    }

    private static final java.util.regex.Pattern STRUCTURAL = java.util.regex.Pattern.compile("([-*+]|\\d+[.)]|#{1,6})\\s.*");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Joins the lines of a paragraph, but keeps list items and table rows on their own lines. */
    private static String collapseLines(String block) {
        StringBuilder out = new StringBuilder(block.length());
        for (String line : block.split("\n")) {
            String trimmed = line.strip();
            boolean structural = trimmed.startsWith("|") || STRUCTURAL.matcher(trimmed).matches();
            out.append(out.length() == 0 ? "" : structural ? "\n" : " ").append(SPACES.matcher(trimmed).replaceAll(" "));
        }
        return out.toString();
    }

    private static String collapse(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ");
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
