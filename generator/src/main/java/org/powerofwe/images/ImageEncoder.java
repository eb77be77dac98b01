package org.powerofwe.images;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Scales a picture down and writes it as JPEG, PNG or WebP. Files are written from pixels only,
 * so nothing of the original's metadata (GPS position, camera serial number) can travel with them.
 */
final class ImageEncoder {

    private ImageEncoder() {
    }

    /** Whether this machine can write WebP (the encoder ships a native library per platform). */
    static final boolean WEBP = canWrite("image/webp");

    /** The picture at {@code width} pixels wide, in steps of halves so fine detail does not alias. */
    static BufferedImage scale(BufferedImage source, int width, boolean alpha) {
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage current = source;
        int currentWidth = source.getWidth();
        if (currentWidth == width && source.getType() == type) {
            return source;
        }
        do {
            int next = Math.max(width, currentWidth / 2);
            int height = Math.max(1, Math.round((float) source.getHeight() * next / source.getWidth()));
            BufferedImage step = new BufferedImage(next, height, type);
            Graphics2D g = step.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(current, 0, 0, next, height, null);
            g.dispose();
            current = step;
            currentWidth = next;
        } while (currentWidth > width);
        return current;
    }

    static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        return write(image, "image/jpeg", "JPEG", quality);
    }

    static byte[] webp(BufferedImage image, float quality) throws IOException {
        return write(image, "image/webp", "Lossy", quality);
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer");
        }
        return out.toByteArray();
    }

    private static byte[] write(BufferedImage image, String mime, String compression, float quality) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByMIMEType(mime);
        if (!writers.hasNext()) {
            throw new IOException("no writer for " + mime);
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(compression);
            param.setCompressionQuality(quality);
            if (param.canWriteProgressive()) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static boolean canWrite(String mime) {
        try {
            BufferedImage probe = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
            return write(probe, mime, "Lossy", 0.5f).length > 0;
        } catch (IOException | RuntimeException | LinkageError e) {
            return false;
        }
    }
}
