package org.powerofwe.images;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The images of one build: each original used by a page is processed once (or found in the
 * cache), whatever the number of pages and languages that show it. Safe to call from the threads
 * that render pages in parallel, which is how image work is spread over the cores.
 */
public final class ImageLibrary {

    /** A file to publish: where in the output, and where its bytes are in the cache. */
    public record PublishedFile(String outputPath, Path source) {
    }

    /** An image ready to show, or why it cannot be published. */
    public record Outcome(Optional<ResponsiveImage> image, Optional<ImageFailure> failure) {
    }

    private final Path contentDir;
    private final ImageCache cache;
    private final ImageSettings settings;
    private final String basePath;
    private final Map<String, CompletableFuture<Outcome>> images = new ConcurrentHashMap<>();
    private final Map<String, PublishedFile> files = new ConcurrentHashMap<>();
    private final AtomicInteger processed = new AtomicInteger();

    public ImageLibrary(Path contentDir, ImageCache cache, ImageSettings settings, String basePath) {
        this.contentDir = contentDir;
        this.cache = cache;
        this.settings = settings;
        this.basePath = basePath;
    }

    /** Whether an image at this path in {@code content/} goes through processing (SVG and others do not). */
    public static boolean processes(String contentPath) {
        String lower = contentPath.toLowerCase(java.util.Locale.ROOT);
        return !lower.endsWith(".svg") && !lower.endsWith(".pdf");
    }

    /** Whether a file of content/ is a photo, published only in its processed versions. */
    public static boolean isPhoto(String contentPath) {
        String lower = contentPath.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".png") || lower.endsWith(".webp");
    }

    /** The image at {@code contentPath} (relative to {@code content/}), processed on first use. */
    public Outcome image(String contentPath) {
        CompletableFuture<Outcome> mine = new CompletableFuture<>();
        CompletableFuture<Outcome> existing = images.putIfAbsent(contentPath, mine);
        if (existing != null) {
            return existing.join();
        }
        Outcome outcome = load(contentPath);
        mine.complete(outcome);
        return outcome;
    }

    /** Every file of every image used so far, to write into the output. */
    public List<PublishedFile> files() {
        return files.values().stream().sorted(java.util.Comparator.comparing(PublishedFile::outputPath)).toList();
    }

    /** How many originals were processed rather than found in the cache. */
    public int processedCount() {
        return processed.get();
    }

    private Outcome load(String contentPath) {
        try {
            byte[] bytes = Files.readAllBytes(contentDir.resolve(contentPath));
            String key = ImageCache.key(bytes, settings.fingerprint(), "webp=" + ImageEncoder.WEBP);
            Optional<ProcessedImage> cached = cache.find(key);
            ProcessedImage image = cached.isPresent() ? cached.get() : process(key, bytes);
            return new Outcome(Optional.of(publish(contentPath, image)), Optional.empty());
        } catch (ImageFailure failure) {
            return new Outcome(Optional.empty(), Optional.of(failure));
        } catch (IOException e) {
            return new Outcome(Optional.empty(), Optional.of(new ImageFailure("cannot read this image: " + e.getMessage(),
                    "check that the file exists and can be read")));
        }
    }

    private ProcessedImage process(String key, byte[] bytes) throws ImageFailure, IOException {
        processed.incrementAndGet();
        ImageDecoder.Decoded decoded = new ImageDecoder(settings).decode(bytes);
        BufferedImage upright = decoded.image();
        boolean alpha = upright.getColorModel().hasAlpha();
        boolean photo = decoded.format() == ImageDecoder.Format.JPEG || (decoded.format() == ImageDecoder.Format.WEBP && !alpha);
        List<ImageCache.Encoded> encoded = new ArrayList<>();
        for (int width : widths(upright.getWidth())) {
            BufferedImage scaled = ImageEncoder.scale(upright, width, alpha && !photo);
            int height = scaled.getHeight();
            encoded.add(photo ? new ImageCache.Encoded("jpg", width, height, ImageEncoder.jpeg(scaled, settings.jpegQuality()))
                    : new ImageCache.Encoded("png", width, height, ImageEncoder.png(scaled)));
            if (ImageEncoder.WEBP) {
                encoded.add(new ImageCache.Encoded("webp", width, height, ImageEncoder.webp(scaled, settings.webpQuality())));
            }
        }
        return cache.store(key, upright.getWidth(), upright.getHeight(), encoded);
    }

    /** The configured widths narrower than the original, and the original's own width when it is under the largest. */
    List<Integer> widths(int original) {
        List<Integer> widths = new ArrayList<>();
        int largest = 0;
        for (int w : settings.widths()) {
            if (w < original) {
                widths.add(w);
            }
            largest = Math.max(largest, w);
        }
        widths.add(Math.min(original, largest));
        return widths.stream().distinct().sorted().toList();
    }

    private ResponsiveImage publish(String contentPath, ProcessedImage image) {
        int slash = contentPath.lastIndexOf('/');
        String folder = slash < 0 ? "" : contentPath.substring(0, slash + 1);
        String name = contentPath.substring(slash + 1);
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        List<String> urls = new ArrayList<>();
        for (ProcessedImage.Variant v : image.variants()) {
            String output = folder + stem + "." + image.key().substring(0, 10) + "." + v.width() + "." + v.extension();
            files.put(output, new PublishedFile(output, v.file()));
            urls.add(basePath + output);
        }
        return ResponsiveImage.of(image, urls);
    }
}
