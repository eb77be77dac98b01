import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Writes camera-sized test photos for bench/images: gradients, shapes and sensor-like noise (so
 * they compress like photos, not like flat drawings), never pictures of real events.
 *
 * <pre>java bench/PhotoFixtures.java OUT_DIR COUNT [WIDTH HEIGHT]</pre>
 */
public class PhotoFixtures {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int width = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
        int height = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
        Files.createDirectories(out);
        for (int i = 1; i <= count; i++) {
            Random random = new Random(i);
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xFFFFFF)), width, height, new Color(random.nextInt(0xFFFFFF))));
            g.fillRect(0, 0, width, height);
            for (int s = 0; s < 40; s++) {
                g.setColor(new Color(random.nextInt(0xFFFFFF)));
                g.fillOval(random.nextInt(width), random.nextInt(height), 50 + random.nextInt(width / 4), 50 + random.nextInt(height / 4));
            }
            g.dispose();
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int rgb = image.getRGB(x, y);
                    int n = random.nextInt(25) - 12;
                    int r = clamp(((rgb >> 16) & 0xFF) + n);
                    int gr = clamp(((rgb >> 8) & 0xFF) + n);
                    int b = clamp((rgb & 0xFF) + n);
                    image.setRGB(x, y, (r << 16) | (gr << 8) | b);
                }
            }
            ImageIO.write(image, "jpg", out.resolve("photo-" + i + ".jpg").toFile());
        }
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
