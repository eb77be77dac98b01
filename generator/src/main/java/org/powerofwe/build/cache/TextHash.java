package org.powerofwe.build.cache;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * MurmurHash3 (x64, 128 bits, Austin Appleby's public-domain design), the hash of cache keys
 * ({@link Fingerprint}): the builds run on C1 alone, where SHA-256 has no intrinsic and reads
 * about 130 MB/s against about 3 GB/s for this, and a page's Markdown is most of what a key hashes.
 *
 * <p>It is not a cryptographic hash: inputs made on purpose to collide exist. A key is made of
 * the project's own files, the theme and the generator, so forging a collision needs someone who
 * can already change those files, and would only show one of their pages where another belongs;
 * accidental collisions have a probability of about 2<sup>-128</sup> per pair of keys. Build
 * caches that key on fast hashes (Turborepo and Nx with xxHash) make the same trade.
 */
final class TextHash {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private TextHash() {
    }

    /** The two halves (h1, h2) of MurmurHash3_x64_128 of {@code data} with {@code seed}. */
    static long[] murmur3(byte[] data, int seed) {
        return murmur3(data, data.length, seed);
    }

    /** The same of the first {@code size} bytes of {@code data}. */
    static long[] murmur3(byte[] data, int size, int seed) {
        long h1 = seed & 0xffffffffL;
        long h2 = h1;
        int blocks = size / 16;
        for (int i = 0; i < blocks; i++) {
            long k1 = (long) LONGS.get(data, i * 16);
            long k2 = (long) LONGS.get(data, i * 16 + 8);
            h1 ^= mixK1(k1);
            h1 = Long.rotateLeft(h1, 27) + h2;
            h1 = h1 * 5 + 0x52dce729;
            h2 ^= mixK2(k2);
            h2 = Long.rotateLeft(h2, 31) + h1;
            h2 = h2 * 5 + 0x38495ab5;
        }
        int tail = blocks * 16;
        int rest = size - tail;
        long k1 = 0;
        long k2 = 0;
        for (int i = rest - 1; i >= 8; i--) {
            k2 = (k2 << 8) | (data[tail + i] & 0xffL);
        }
        for (int i = Math.min(rest, 8) - 1; i >= 0; i--) {
            k1 = (k1 << 8) | (data[tail + i] & 0xffL);
        }
        if (rest > 8) {
            h2 ^= mixK2(k2);
        }
        if (rest > 0) {
            h1 ^= mixK1(k1);
        }
        h1 ^= size;
        h2 ^= size;
        h1 += h2;
        h2 += h1;
        h1 = fmix(h1);
        h2 = fmix(h2);
        h1 += h2;
        h2 += h1;
        return new long[] {h1, h2};
    }

    private static long mixK1(long k1) {
        return Long.rotateLeft(k1 * C1, 31) * C2;
    }

    private static long mixK2(long k2) {
        return Long.rotateLeft(k2 * C2, 33) * C1;
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        return k ^ (k >>> 33);
    }
}
