package org.powerofwe.build.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.powerofwe.model.Page;
import org.powerofwe.model.PageKey;
import org.powerofwe.model.PageType;
import org.powerofwe.model.TypeFields;

/**
 * A body's key may hash its file's bytes instead of its text only for the very text decoded from
 * them: otherwise a page saved while the running generator is up would be shown with the body kept
 * for its old text.
 */
class SourceDigestsTest {

    @Test
    void theBytesStandForTheTextDecodedFromThemOnly() {
        SourceDigests digests = new SourceDigests();
        String text = new String("Cities act first.\n".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        Page read = page(text);
        digests.note(read, ("---\ntitle: Climate\n---\n" + text).getBytes(StandardCharsets.UTF_8));

        assertTrue(digests.of(read).isPresent(), "the page as it was read is keyed on its file's bytes");
        assertEquals(Optional.empty(), digests.of(read.withBody("Cities act together.\n")), "a page read again after a save has new text");
        assertEquals(Optional.empty(), digests.of(read.withBody(new String(text))), "even the same words, decoded again, are another text");
        assertEquals(digests.of(read), digests.of(read.asFallback("fr", "fr/campaigns/climate/")), "a stand-in for a missing translation shows that very text");
    }

    @Test
    void otherBytesGiveAnotherKey() {
        SourceDigests digests = new SourceDigests();
        Page first = page("Cities act first.\n");
        digests.note(first, "---\ntitle: Climate\n---\nCities act first.\n".getBytes(StandardCharsets.UTF_8));
        String before = digests.of(first).orElseThrow();
        Page second = page("Cities act first.\n");
        digests.note(second, "---\r\ntitle: Climate\r\n---\r\nCities act first.\r\n".getBytes(StandardCharsets.UTF_8));

        assertNotEquals(before, digests.of(second).orElseThrow());
        digests.clear();
        assertEquals(Optional.empty(), digests.of(second), "nothing is known once the content is read again");
    }

    private static Page page(String body) {
        return new Page(PageKey.of("campaigns/climate"), "en", "en", PageType.PAGE, "content/campaigns/climate.en.md", "Climate", "", Optional.empty(),
                OptionalInt.empty(), false, Optional.empty(), List.of(), Optional.empty(), Optional.empty(), new TypeFields.None(), body, 4,
                "en/campaigns/climate/", Map.of());
    }
}
