package org.powerofwe.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A step run beside the build (the theme read while the content is) must fail as it would have
 * where it is joined: a bug in reading the theme still ends the build with its own exception, and
 * running out of memory there still gives the out-of-memory message, not a wrapped failure.
 */
class BackgroundTest {

    @Test
    void givesTheStepsResult() {
        assertEquals("read", Background.start("theme", () -> "read").join());
    }

    @Test
    void throwsWhatTheStepThrew() {
        IllegalStateException bug = new IllegalStateException("a bug");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> Background.start("theme", () -> {
            throw bug;
        }).join()));
        OutOfMemoryError memory = new OutOfMemoryError("Java heap space");
        assertSame(memory, assertThrows(OutOfMemoryError.class, () -> Background.start("theme", () -> {
            throw memory;
        }).join()));
    }

    /** When the content fails while the theme is read, the content's failure is told, with the theme's added to it. */
    @Test
    void afterAFailureWhatTheStepThrewIsAddedToIt() {
        IllegalStateException content = new IllegalStateException("content");
        IllegalStateException theme = new IllegalStateException("theme");
        Background.run("theme", () -> {
            throw theme;
        }).joinAfter(content);
        assertSame(theme, content.getSuppressed()[0]);
    }

    @Test
    void anInterruptedJoinStillWaitsAndKeepsTheInterrupt() {
        Thread.currentThread().interrupt();
        try {
            assertEquals(42, Background.start("index", () -> {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return 42;
            }).join());
            assertTrue(Thread.interrupted(), "the caller's interrupt is kept for it");
        } finally {
            Thread.interrupted();
        }
    }
}
