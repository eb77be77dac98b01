package org.powerofwe.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two pages showing photos with the same bytes (one copied under two names, or a cover that is
 * also in the text) process them on two threads at once, and both keep the same cache entry. The
 * second to finish once failed the build with "cannot read this image: ... Directory not empty"
 * (CI caught it in ImagesGuideTest): it must find the entry the first one kept instead.
 */
class ImageCacheTest {

    @TempDir
    Path dir;

    @Test
    void threadsKeepingTheSameEntryAtOnceAllSucceed() throws Exception {
        ImageCache cache = new ImageCache(dir.resolve("cache"));
        byte[] bytes = "the same photo".getBytes(StandardCharsets.UTF_8);
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 200; round++) {
                String key = "entry" + round;
                CyclicBarrier together = new CyclicBarrier(threads);
                List<Future<Path>> kept = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    kept.add(pool.submit(() -> {
                        together.await();
                        return cache.storeFile(key, "card.png", bytes);
                    }));
                }
                for (Future<Path> file : kept) {
                    Path path = file.get(); // fails here when a thread's store failed
                    assertArrayEquals(bytes, Files.readAllBytes(path));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        try (var entries = Files.list(dir.resolve("cache"))) {
            assertEquals(200, entries.filter(p -> !p.getFileName().toString().startsWith(".tmp-")).count(), "one entry per key");
        }
    }
}
