package org.powerofwe.build.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The hash that stands for a page's text in its cache keys is MurmurHash3_x64_128 as published:
 * a slip in its tail or mixing would make edits near a text's end (the last bytes, a length
 * that is not a multiple of 16) leave the key unchanged, and staff would see their old page.
 */
class TextHashTest {

    @Test
    void givesThePublishedValuesOfMurmurHash3() {
        // The reference vectors of the public-domain C++ implementation, as libraries that port it test them.
        assertHash(0, 0x629942693e10f867L, 0x92db0b82baeb5347L, "hell");
        assertHash(1, 0xa78ddff5adae8d10L, 0x128900ef20900135L, "hello");
        assertHash(2, 0x8a486b23f422e826L, 0xf962a2c58947765fL, "hello ");
        assertHash(3, 0x2ea59f466f6bed8cL, 0xc610990acc428a17L, "hello w");
        assertHash(4, 0x79f6305a386c572cL, 0x46305aed3483b94eL, "hello wo");
        assertHash(5, 0xc2219d213ec1f1b5L, 0xa1d8e2e0a52785bdL, "hello wor");
        assertHash(0, 0xe34bbc7bbc071b6cL, 0x7a433ca9c49a9347L, "The quick brown fox jumps over the lazy dog");
        assertHash(0, 0x658ca970ff85269aL, 0x43fee3eaa68e5c3eL, "The quick brown fox jumps over the lazy cog");
        assertHash(0, 0L, 0L, "");
    }

    @Test
    void everyByteOfEveryLengthCounts() {
        // Each length from 0 to 64 (every size of tail), each byte changed in turn: all hashes differ.
        Set<String> seen = new HashSet<>();
        int count = 0;
        for (int length = 0; length <= 64; length++) {
            byte[] text = new byte[length];
            for (int i = 0; i < length; i++) {
                text[i] = (byte) ('a' + i % 26);
            }
            seen.add(key(text, length));
            count++;
            for (int i = 0; i < length; i++) {
                byte[] edited = text.clone();
                edited[i] ^= 1;
                seen.add(key(edited, length));
                count++;
            }
        }
        assertEquals(count, seen.size());
    }

    private static String key(byte[] text, int length) {
        long[] h = TextHash.murmur3(text, 0);
        return length + ":" + h[0] + ":" + h[1];
    }

    private static void assertHash(int seed, long h1, long h2, String text) {
        assertArrayEquals(new long[] {h1, h2}, TextHash.murmur3(text.getBytes(StandardCharsets.UTF_8), seed), text);
    }
}
