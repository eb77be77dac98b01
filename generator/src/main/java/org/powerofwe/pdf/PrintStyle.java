package org.powerofwe.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.SourcePos;

/**
 * The print stylesheet of the theme ({@code layouts/print/report.css}): its rules, and the font
 * files its {@code @font-face} rules name, which are embedded in the PDF (as subsets) and are
 * the only files the layout may read. Each font is checked
 * here, so a missing or unreadable file is an error at the rule that names it rather than a PDF
 * silently set in a font that is not embedded.
 */
record PrintStyle(String css, List<FontFace> fonts) {

    /** One face of a font family, read from an {@code @font-face} rule. */
    record FontFace(String family, int weight, boolean italic, Path file) {

        /**
         * How the document names the font: by file name only, so the document (and the PDF made
         * from it) is the same wherever the project is checked out.
         */
        String uri() {
            return "theme-font:" + file.getFileName();
        }

        /** Where the layout reads the font from (the only files it may read). */
        String location() {
            return file.toUri().toString();
        }
    }

    static final String FILE = "print/report.css";

    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{([^}]*)\\}");
    private static final Pattern PROPERTY = Pattern.compile("([a-z-]+)\\s*:\\s*([^;]+);?");
    private static final Pattern URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

    /**
     * Reads the stylesheet beside the print template; empty (with errors) when it or a font it
     * names cannot be read.
     */
    static Optional<PrintStyle> read(Path layoutsDir, String layoutsDisplay, Problems problems) {
        Path file = layoutsDir.resolve(FILE);
        String display = layoutsDisplay + FILE;
        String css;
        try {
            css = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.error(SourcePos.file(display), "cannot read the print stylesheet: " + e.getMessage(),
                    "the PDF of the report is laid out by " + display + ", beside print/report.ftlh");
            return Optional.empty();
        }
        List<FontFace> fonts = new ArrayList<>();
        Matcher rule = FONT_FACE.matcher(css);
        StringBuilder rest = new StringBuilder();
        int errorsBefore = (int) problems.errorCount();
        while (rule.find()) {
            SourcePos pos = position(display, css, rule.start());
            Optional<FontFace> face = face(rule.group(1), file.getParent(), pos, problems);
            face.ifPresent(fonts::add);
            // The rule stays (the SVG renderer reads it too), pointing at the checked file.
            String kept = face.map(f -> URL.matcher(rule.group()).replaceFirst(Matcher.quoteReplacement("url(\"" + f.uri() + "\")"))).orElse("");
            rule.appendReplacement(rest, Matcher.quoteReplacement(kept));
        }
        rule.appendTail(rest);
        if (fonts.isEmpty() && problems.errorCount() == errorsBefore) {
            problems.error(SourcePos.file(display), "the print stylesheet names no font to embed",
                    "add an @font-face rule per face, e.g. @font-face { font-family: \"Noto Sans\"; src: url(../../fonts/NotoSans-Regular.ttf); }");
        }
        return problems.errorCount() == errorsBefore ? Optional.of(new PrintStyle(rest.toString(), List.copyOf(fonts))) : Optional.empty();
    }

    private static Optional<FontFace> face(String body, Path base, SourcePos pos, Problems problems) {
        String family = null;
        String src = null;
        int weight = 400;
        boolean italic = false;
        Matcher property = PROPERTY.matcher(body);
        while (property.find()) {
            String value = property.group(2).strip();
            switch (property.group(1).toLowerCase(Locale.ROOT)) {
                case "font-family" -> family = value.replaceAll("^['\"]|['\"]$", "");
                case "src" -> {
                    Matcher url = URL.matcher(value);
                    src = url.find() ? url.group(1) : null;
                }
                case "font-weight" -> weight = value.equals("bold") ? 700 : value.matches("\\d{3}") ? Integer.parseInt(value) : 400;
                case "font-style" -> italic = value.equals("italic") || value.equals("oblique");
                default -> {
                    // Other descriptors do not choose the face.
                }
            }
        }
        if (family == null || src == null) {
            problems.error(pos, "this @font-face rule needs a font-family and a src: url(...)",
                    "e.g. @font-face { font-family: \"Noto Sans\"; src: url(../../fonts/NotoSans-Bold.ttf); font-weight: 700; }");
            return Optional.empty();
        }
        Path font = base.resolve(src).normalize();
        if (!Files.isRegularFile(font)) {
            problems.error(pos, "font file not found: " + src + " (" + font + ")",
                    "put the font in the theme's fonts/ folder, or correct the url(...) of this rule; the PDF embeds every font it uses");
            return Optional.empty();
        }
        try (TrueTypeFont ignored = new TTFParser().parse(new RandomAccessReadBufferedFile(font.toFile()))) {
            return Optional.of(new FontFace(family, weight, italic, font));
        } catch (IOException | RuntimeException e) {
            problems.error(pos, "cannot read the font " + src + ": " + e.getMessage(), "use a TrueType (.ttf) or OpenType (.otf) font file");
            return Optional.empty();
        }
    }

    private static SourcePos position(String display, String text, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourcePos(display, line, column);
    }
}
