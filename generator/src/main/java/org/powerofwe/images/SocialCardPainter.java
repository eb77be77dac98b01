package org.powerofwe.images;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Draws social cards from the theme's template ({@code social-card/card.properties}: colours and
 * fonts): the site's mark, the page's title on up to four lines (smaller when it is long), the
 * site's name and a band in the axis colour. Java2D runs headless; fonts come from the theme, so
 * the card looks the same on every machine.
 */
final class SocialCardPainter {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    private static final int MARGIN = 80;

    private final Properties template;
    private final Font titleFont;
    private final Font textFont;
    /** What changes the drawing besides the card's text: part of every card's cache key. */
    private final String fingerprint;

    private SocialCardPainter(Properties template, Font titleFont, Font textFont, String fingerprint) {
        this.template = template;
        this.titleFont = titleFont;
        this.textFont = textFont;
        this.fingerprint = fingerprint;
    }

    /** Reads the template and its fonts; the message says what is missing. */
    static SocialCardPainter load(Path templateFile) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Properties template = new Properties();
        byte[] templateBytes = Files.readAllBytes(templateFile);
        try (InputStream in = new java.io.ByteArrayInputStream(templateBytes)) {
            template.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        Path titleFile = templateFile.resolveSibling(template.getProperty("font.title", "")).normalize();
        Path textFile = templateFile.resolveSibling(template.getProperty("font.text", "")).normalize();
        byte[] titleBytes = Files.readAllBytes(titleFile);
        byte[] textBytes = Files.readAllBytes(textFile);
        try {
            // From the files themselves: from a stream, the JDK first copies each font into a
            // temporary file, which fails where writing is limited and costs a copy per build.
            Font title = Font.createFont(Font.TRUETYPE_FONT, titleFile.toFile());
            Font text = Font.createFont(Font.TRUETYPE_FONT, textFile.toFile());
            String fingerprint = ImageCache.key(templateBytes, ImageCache.key(titleBytes), ImageCache.key(textBytes), "card v1");
            return new SocialCardPainter(template, title, text, fingerprint);
        } catch (FontFormatException e) {
            throw new IOException("a font of the social card is not a TrueType font: " + e.getMessage(), e);
        }
    }

    String fingerprint() {
        return fingerprint;
    }

    byte[] paint(SocialCard card) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            Color accent = colour(card.axis().isEmpty() ? "accent" : "accent." + card.axis(), colour("accent", Color.GRAY));
            g.setColor(colour("background", Color.DARK_GRAY));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(accent);
            g.fillRect(0, 0, WIDTH, 24);
            g.fillRect(0, HEIGHT - 16, WIDTH, 16);
            drawMark(g, MARGIN, 72, 96);
            g.setColor(colour("text", Color.WHITE));
            g.setFont(covering(textFont, card.siteTitle()).deriveFont(Font.PLAIN, 34f));
            g.drawString(card.siteTitle(), MARGIN + 124, 136);
            drawTitle(g, card.title());
            g.setColor(colour("muted", Color.LIGHT_GRAY));
            g.setFont(covering(textFont, card.organisation()).deriveFont(Font.PLAIN, 28f));
            g.drawString(card.organisation(), MARGIN, HEIGHT - 58);
        } finally {
            g.dispose();
        }
        return ImageEncoder.png(image);
    }

    /** The title, as large as fits on four lines (72 px down to 44 px), cut with an ellipsis if even that does not fit. */
    private void drawTitle(Graphics2D g, String title) {
        int maxWidth = WIDTH - 2 * MARGIN;
        List<String> lines = List.of();
        Font base = covering(titleFont, title);
        Font font = base;
        for (float size = 72f; size >= 44f; size -= 4f) {
            font = base.deriveFont(Font.BOLD, size);
            lines = wrap(title, g.getFontMetrics(font), maxWidth);
            if (lines.size() <= (size > 56 ? 3 : 4)) {
                break;
            }
        }
        if (lines.size() > 4) {
            lines = new ArrayList<>(lines.subList(0, 4));
            lines.set(3, lines.get(3) + "…");
        }
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        int lineHeight = Math.round(font.getSize2D() * 1.18f);
        int y = 250 + metrics.getAscent();
        for (String line : lines) {
            g.drawString(line, MARGIN, y);
            y += lineHeight;
        }
    }

    /**
     * The theme's font, or the system's sans-serif when the theme's cannot draw every letter of
     * {@code text} (Noto Sans has Latin, Greek and Cyrillic letters, not Arabic or Chinese ones).
     */
    private static Font covering(Font font, String text) {
        return font.canDisplayUpTo(text) == -1 ? font : new Font(Font.SANS_SERIF, font.getStyle(), font.getSize());
    }

    static List<String> wrap(String text, FontMetrics metrics, int maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= maxWidth || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The site's mark (three people holding together), as in the theme's favicon.svg, at {@code size} px. */
    private static void drawMark(Graphics2D g, int x, int y, int size) {
        Graphics2D m = (Graphics2D) g.create();
        try {
            m.translate(x, y);
            m.scale(size / 32.0, size / 32.0);
            m.setColor(Color.WHITE);
            m.fill(new RoundRectangle2D.Double(0, 0, 32, 32, 14, 14));
            person(m, 8.5, 13, 3.3, 3, 14, 27, 19.6, new Color(0xb0245b), false);
            person(m, 23.5, 13, 3.3, 18, 29, 27, 19.6, new Color(0x3a47a8), false);
            person(m, 16, 10, 3.5, 10, 22, 27, 18.7, new Color(0x1d6b3c), true);
        } finally {
            m.dispose();
        }
    }

    private static void person(Graphics2D g, double cx, double cy, double r, double left, double right, double bottom, double shoulders,
            Color colour, boolean outlined) {
        Ellipse2D head = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        Path2D body = new Path2D.Double();
        double mid = (left + right) / 2;
        body.moveTo(left, bottom);
        body.curveTo(left, shoulders + 2, left + 2.4, shoulders, mid, shoulders);
        body.curveTo(right - 2.4, shoulders, right, shoulders + 2, right, bottom);
        body.closePath();
        for (java.awt.Shape shape : List.of(head, body)) {
            g.setColor(colour);
            g.fill(shape);
            if (outlined) {
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(1f));
                g.draw(shape);
            }
        }
    }

    private Color colour(String name, Color fallback) {
        String value = template.getProperty(name);
        if (value == null || !value.matches("#[0-9a-fA-F]{6}")) {
            return fallback;
        }
        return new Color(Integer.parseInt(value.substring(1), 16));
    }
}
