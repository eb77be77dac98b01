package org.powerofwe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What staff read when a command ran out of memory: the command to run again, with more. */
class OutOfMemoryMessageTest {

    private static final long MB = 1024 * 1024;

    @Test
    void aBuildIsToldItsSiteIsSafeAndGetsTwiceTheMemory() {
        assertEquals("""
                error: the generator ran out of memory (it may use at most 4096 MB)
                    hint: the published site was not changed; give the generator more memory: \
                SITE_JAVA_OPTS='-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx8g -Xss4m' ./site build --drafts""",
                Main.outOfMemoryMessage(4096 * MB, "build", "--drafts").replace(System.lineSeparator(), "\n"));
    }

    @Test
    void thePreviewKeepsTheFullCompilerAndNeverLessThanTwoGigabytes() {
        assertEquals("""
                error: the generator ran out of memory (it may use at most 500 MB)
                    hint: give the generator more memory: SITE_JAVA_OPTS='-XX:+UseParallelGC -Xmx2g -Xss4m' ./site serve --port 8080""",
                Main.outOfMemoryMessage(500 * MB, "serve", "--port", "8080").replace(System.lineSeparator(), "\n"));
    }

    /** A build's worker that runs out of memory printed "Exception in thread ..." and a stack trace above the message staff read. */
    @Test
    void aWorkerThreadThatRunsOutOfMemoryPrintsNoStackTrace() throws InterruptedException {
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            Thread worker = new Thread(() -> {
                throw new OutOfMemoryError("Java heap space");
            }, "ForkJoinPool-1-worker-2");
            worker.setUncaughtExceptionHandler(Main.QUIET_OUT_OF_MEMORY);
            worker.start();
            worker.join();
        } finally {
            System.setErr(saved);
        }
        assertEquals("", printed.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
