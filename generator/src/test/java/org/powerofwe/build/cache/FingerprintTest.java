package org.powerofwe.build.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Cache keys are the same in every process for the same inputs and differ when any input differs;
 * otherwise a build would either never find its entries (a map's order changes from one JVM to the
 * next) or take a page's old body for its new one.
 */
class FingerprintTest {

    private record Item(String name, Optional<Integer> weight, Map<String, String> labels) {
    }

    @Test
    void mapsInAnyOrderGiveOneKey() {
        Map<String, String> ab = new LinkedHashMap<>();
        ab.put("a", "1");
        ab.put("b", "2");
        Map<String, String> ba = new LinkedHashMap<>();
        ba.put("b", "2");
        ba.put("a", "1");
        assertEquals(Fingerprint.of(new Item("x", Optional.of(1), ab)), Fingerprint.of(new Item("x", Optional.of(1), ba)));
    }

    @Test
    void anyDifferenceGivesAnotherKey() {
        String base = Fingerprint.of(new Item("x", Optional.of(1), Map.of("a", "1")));
        assertNotEquals(base, Fingerprint.of(new Item("y", Optional.of(1), Map.of("a", "1"))));
        assertNotEquals(base, Fingerprint.of(new Item("x", Optional.empty(), Map.of("a", "1"))));
        assertNotEquals(base, Fingerprint.of(new Item("x", Optional.of(1), Map.of("a", "2"))));
        // Boundaries between parts count: ("ab", "c") is not ("a", "bc").
        assertNotEquals(Fingerprint.of("ab", "c"), Fingerprint.of("a", "bc"));
        assertNotEquals(Fingerprint.of(List.of("a", "b")), Fingerprint.of(List.of("b", "a")));
    }

    @Test
    void aValueItCannotReadFullyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.of(new Object()));
    }
}
