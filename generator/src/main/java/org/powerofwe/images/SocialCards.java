package org.powerofwe.images;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The social cards of one build: each page in each language gets its own, drawn once and then
 * found in the cache by a hash of its text and the theme's template and fonts.
 */
public final class SocialCards {

    /** The name of each page's card, next to its {@code index.html}. */
    public static final String FILE_NAME = "social-card.png";

    private final SocialCardPainter painter;
    private final ImageCache cache;
    private final AtomicInteger drawn = new AtomicInteger();

    private SocialCards(SocialCardPainter painter, ImageCache cache) {
        this.painter = painter;
        this.cache = cache;
    }

    /** Cards from the theme's {@code social-card/card.properties}; empty when the theme has none. */
    public static Optional<SocialCards> load(Path themeDir, ImageCache cache) throws IOException {
        Path template = themeDir.resolve("social-card").resolve("card.properties");
        if (!java.nio.file.Files.isRegularFile(template)) {
            return Optional.empty();
        }
        return Optional.of(new SocialCards(SocialCardPainter.load(template), cache));
    }

    /** The card's file in the cache, drawn now if it is not there yet. */
    public Path card(SocialCard card) throws IOException {
        String key = ImageCache.key(new byte[0], painter.fingerprint(), card.title(), card.siteTitle(), card.organisation(), card.axis());
        Optional<Path> cached = cache.findFile(key, FILE_NAME);
        if (cached.isPresent()) {
            return cached.get();
        }
        drawn.incrementAndGet();
        return cache.storeFile(key, FILE_NAME, painter.paint(card));
    }

    /** How many cards were drawn rather than found in the cache. */
    public int drawnCount() {
        return drawn.get();
    }
}
