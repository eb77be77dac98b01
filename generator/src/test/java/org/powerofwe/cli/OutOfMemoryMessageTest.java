package org.powerofwe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What staff read when a command ran out of memory: the command to run again, with more. */
class OutOfMemoryMessageTest {

    private static final long MB = 1024 * 1024;

    @Test
    void aBuildIsToldItsSiteIsSafeAndGetsTwiceTheMemory() {
        assertEquals("""
                error: the generator ran out of memory (it may use at most 4096 MB)
                    hint: the published site was not changed; give the generator more memory: \
                SITE_JAVA_OPTS='-XX:+UseParallelGC -XX:MaxTenuringThreshold=0 -XX:TieredStopAtLevel=1 -Xmx8g -Xss4m' ./site build --drafts""",
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
    /** What threads print, each given {@code handler}, when they leave each failure uncaught in turn. */
    private static String printedBy(Thread.UncaughtExceptionHandler handler, Error... failures) throws InterruptedException {
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (Error failure : failures) {
                Thread worker = new Thread(() -> {
                    throw failure;
                }, "markdown");
                worker.setUncaughtExceptionHandler(handler);
                worker.start();
                worker.join();
            }
        } finally {
            System.setErr(saved);
        }
        return printed.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void whatOtherThreadsLeaveAfterMemoryRanOutPrintsNoStackTrace() throws InterruptedException {
        // The command said it ran out of memory; a Markdown thread then meets a class that memory broke.
        Main.QuietOutOfMemory quiet = new Main.QuietOutOfMemory();
        quiet.ranOutOfMemory();
        assertEquals("", printedBy(quiet, new NoClassDefFoundError("Could not initialize class java.util.concurrent.SynchronousQueue$TransferStack$SNode")));
        // The same, when a worker thread ran out first.
        assertEquals("", printedBy(new Main.QuietOutOfMemory(), new OutOfMemoryError("Java heap space"), new NoClassDefFoundError("Could not initialize class X")));
        // Without memory running out, a failure is a bug, printed as Java prints it.
        String bug = printedBy(new Main.QuietOutOfMemory(), new NoClassDefFoundError("Could not initialize class X"));
        assertTrue(bug.startsWith("Exception in thread \"markdown\" java.lang.NoClassDefFoundError"), bug);
    }

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
