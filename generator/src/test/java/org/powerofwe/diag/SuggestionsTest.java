package org.powerofwe.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void suggestsTheClosestKnownName() {
        assertEquals(Optional.of("government"), Suggestions.closest("goverment", List.of("people", "planet", "government")));
        assertEquals(Optional.of("summary"), Suggestions.closest("Sumary", List.of("title", "summary")));
    }

    @Test
    void staysSilentWhenNothingIsClose() {
        assertEquals(Optional.empty(), Suggestions.closest("colour", List.of("title", "summary", "weight")));
        assertEquals("expected one of: summary, title", Suggestions.didYouMean("colour", List.of("title", "summary")));
    }
}
