package org.powerofwe.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an original: tells its format from its first bytes (never from its name), refuses files
 * over the size limits before decoding them (a small file can declare a huge picture), and turns
 * the picture upright as its EXIF orientation says.
 */
final class ImageDecoder {

    /** What an original is. */
    enum Format {
        JPEG("jpg", "image/jpeg"), PNG("png", "image/png"), WEBP("webp", "image/webp");

        final String extension;
        final String mime;

        Format(String extension, String mime) {
            this.extension = extension;
            this.mime = mime;
        }
    }

    /** An upright picture and the format it came in. */
    record Decoded(BufferedImage image, Format format) {
    }

    private final ImageSettings settings;

    ImageDecoder(ImageSettings settings) {
        this.settings = settings;
    }

    Decoded decode(byte[] bytes) throws ImageFailure {
        if (bytes.length > settings.maxFileBytes()) {
            throw new ImageFailure("the image is " + megabytes(bytes.length) + ", over the limit of " + megabytes(settings.maxFileBytes()),
                    "export it again at most " + settings.maxSide() + " px wide (the site publishes at most " + maxWidth() + " px) and under "
                            + megabytes(settings.maxFileBytes()));
        }
        Format format = sniff(bytes);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(format.mime);
            if (!readers.hasNext()) {
                throw unreadable(format);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > settings.maxSide() || height > settings.maxSide()) {
                    throw new ImageFailure("the image is " + width + " × " + height + " px, over the limit of " + settings.maxSide() + " px",
                            "export it again at most " + maxWidth() + " px wide: the site never shows it larger");
                }
                BufferedImage image = reader.read(0);
                int orientation = format == Format.JPEG ? ExifOrientation.read(bytes) : 1;
                return new Decoded(ExifOrientation.apply(image, orientation), format);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable(format);
        }
    }

    private int maxWidth() {
        return settings.widths().stream().mapToInt(Integer::intValue).max().orElse(1600);
    }

    static Format sniff(byte[] b) throws ImageFailure {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Format.JPEG;
        }
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Format.PNG;
        }
        if (b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Format.WEBP;
        }
        throw new ImageFailure("this file is not a JPEG, PNG or WebP image",
                "save the picture as JPEG (photos) or PNG (drawings, screenshots)");
    }

    private static ImageFailure unreadable(Format format) {
        return new ImageFailure("this " + format.name() + " file cannot be read: it is damaged or incomplete",
                "open it in an image editor and export it again as " + format.name());
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
