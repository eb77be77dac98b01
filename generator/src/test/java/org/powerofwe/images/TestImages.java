package org.powerofwe.images;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/**
 * Pictures made by the tests themselves (no binary fixtures): a photo whose left half is red and
 * right half blue, optionally carrying EXIF with an orientation, a camera make and a GPS-looking
 * artist field that must never reach the published site.
 */
public final class TestImages {

    /** Text placed in the test photos' EXIF; the published files must not contain it. */
    public static final String SECRET = "SecretCam-GPS-48.8566N";

    private TestImages() {
    }

    public static BufferedImage halves(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    public static byte[] jpeg(int width, int height) {
        return encode(halves(width, height), "jpg");
    }

    public static byte[] png(int width, int height) {
        return encode(halves(width, height), "png");
    }

    /** A JPEG with an EXIF block: orientation, and {@link #SECRET} as camera make and artist. */
    public static byte[] jpegWithExif(int width, int height, int orientation) {
        byte[] plain = jpeg(width, height);
        byte[] exif = exif(orientation);
        ByteBuffer out = ByteBuffer.allocate(plain.length + exif.length + 4);
        out.put(plain, 0, 2); // SOI
        out.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif);
        out.put(plain, 2, plain.length - 2);
        return out.array();
    }

    private static byte[] exif(int orientation) {
        byte[] text = (SECRET + "\0").getBytes(StandardCharsets.US_ASCII);
        int entries = 3;
        int ifdSize = 2 + entries * 12 + 4;
        ByteBuffer tiff = ByteBuffer.allocate(8 + ifdSize + text.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) entries);
        int dataOffset = 8 + ifdSize;
        tiff.putShort((short) 0x010F).putShort((short) 2).putInt(text.length).putInt(dataOffset); // Make
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0); // Orientation
        tiff.putShort((short) 0x013B).putShort((short) 2).putInt(text.length).putInt(dataOffset + text.length); // Artist
        tiff.putInt(0);
        tiff.put(text).put(text);
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer all = ByteBuffer.allocate(header.length + tiff.capacity());
        return all.put(header).put(tiff.array()).array();
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
