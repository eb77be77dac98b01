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
    void anEditAnywhereInALongTextGivesAnotherKey() {
        // Page bodies are hashed by TextHash first: an edit at the start, middle or very end still shows.
        String body = "Les gouvernements locaux et régionaux. ".repeat(40);
        String base = Fingerprint.of(body);
        assertNotEquals(base, Fingerprint.of("l" + body.substring(1)));
        assertNotEquals(base, Fingerprint.of(body.substring(0, 700) + "X" + body.substring(701)));
        assertNotEquals(base, Fingerprint.of(body.substring(0, body.length() - 1) + "!"));
        assertNotEquals(base, Fingerprint.of(body + " "));
        assertEquals(base, Fingerprint.of(new String(body.toCharArray())));
        // A text just under the threshold and one just over it are hashed differently, each stable.
        String shortText = "a".repeat(Fingerprint.LONG_TEXT - 1);
        assertEquals(Fingerprint.of(shortText), Fingerprint.of("a".repeat(Fingerprint.LONG_TEXT - 1)));
        assertNotEquals(Fingerprint.of(shortText), Fingerprint.of(shortText + "a"));
    }

    private enum Plain { A, B }

    private enum WithBodies {
        A { @Override public String toString() { return "a"; } },
        B { @Override public String toString() { return "b"; } }
    }

    private record Shaped(int weight, boolean draft, Plain kind) {
    }

    private record Renamed(int height, boolean draft, Plain kind) {
    }

    @Test
    void numbersFlagsEnumsAndRecordShapesAllCount() {
        String base = Fingerprint.of(new Shaped(1, false, Plain.A));
        assertEquals(base, Fingerprint.of(new Shaped(1, false, Plain.A)));
        assertNotEquals(base, Fingerprint.of(new Shaped(2, false, Plain.A)));
        assertNotEquals(base, Fingerprint.of(new Shaped(1, true, Plain.A)));
        assertNotEquals(base, Fingerprint.of(new Shaped(1, false, Plain.B)));
        // Same values under another component name or class: another key.
        assertNotEquals(base, Fingerprint.of(new Renamed(1, false, Plain.A)));
        // Constants with bodies are subclasses of their enum: each still has its own name.
        assertNotEquals(Fingerprint.of(WithBodies.A), Fingerprint.of(WithBodies.B));
        assertNotEquals(Fingerprint.of(Plain.A), Fingerprint.of(WithBodies.A));
        // A number is not its text, nor a flag.
        assertNotEquals(Fingerprint.of(1), Fingerprint.of("1"));
        assertNotEquals(Fingerprint.of(1), Fingerprint.of(true));
        assertNotEquals(Fingerprint.of(1), Fingerprint.of(1L));
    }

    @Test
    void aValueItCannotReadFullyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.of(new Object()));
    }
}
