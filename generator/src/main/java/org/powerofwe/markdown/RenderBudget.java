package org.powerofwe.markdown;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.powerofwe.diag.Problems;
import org.powerofwe.diag.SourcePos;
import org.powerofwe.model.Page;

/**
 * Renders one page's Markdown within a time budget, on a worker thread with a deep stack: a
 * page that takes longer (flexmark slows down quadratically on some inputs, such as a paragraph of
 * ten thousand links) is an error at its file and the build goes on, instead of the build hanging;
 * a stack overflow on input the nesting limit did not foresee is an error at the file too.
 */
final class RenderBudget {

    /** Generous: the slowest real page renders in milliseconds, and a pathological one in minutes. */
    static final Duration DEFAULT = Duration.ofSeconds(10);
    /** Room for the nesting the {@link NestingLimit} allows, with a wide margin. */
    private static final long STACK_BYTES = 16L * 1024 * 1024;

    private static final String IDLE = "markdown";
    /**
     * The threads pages render on, shared by every renderer and kept between pages: starting a
     * thread per page cost more than many a page's rendering. A thread idle for a minute ends; one
     * still busy with a page over its budget is not reused (it cannot be stopped safely), a new one
     * takes the next page; none keeps the program alive.
     */
    private static final ExecutorService WORKERS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), runnable -> {
                Thread thread = new Thread(null, runnable, IDLE, STACK_BYTES);
                thread.setDaemon(true);
                // Running out of memory between pages (in the pool's own code) must not print
                // "Exception in thread ..." to staff: the build's main thread runs out too and
                // says how to give the generator more memory (cli/Main).
                thread.setUncaughtExceptionHandler(RenderBudget::uncaught);
                return thread;
            });

    private final Duration budget;

    RenderBudget(Duration budget) {
        this.budget = budget;
    }

    /** What {@code render} makes of {@code page} with its problems, or an empty body and an error at the page. */
    RenderedMarkdown run(Page page, Problems problems, Function<Problems, RenderedMarkdown> render) {
        Problems own = new Problems();
        CompletableFuture<RenderedMarkdown> result = new CompletableFuture<>();
        WORKERS.execute(() -> {
            Thread worker = Thread.currentThread();
            try {
                worker.setName("markdown " + page.file()); // a thread dump of a slow build names the page
                result.complete(render.apply(own));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            } finally {
                worker.setName(IDLE);
            }
        });
        try {
            RenderedMarkdown rendered = result.get(budget.toMillis(), TimeUnit.MILLISECONDS);
            problems.addAll(own.sorted());
            return rendered;
        } catch (TimeoutException e) {
            problems.error(new SourcePos(page.file(), page.bodyLine(), 1),
                    "the text of this page takes more than " + budget.toSeconds() + " s to render, so it is left out",
                    "look for what is unusual in this page: a very long paragraph full of links, thousands of footnotes or of HTML tags; split it into shorter pieces");
            return empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // Never publish an empty page without saying why.
            problems.error(new SourcePos(page.file(), page.bodyLine(), 1), "rendering this page was interrupted", "build again");
            return empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StackOverflowError) {
                problems.error(new SourcePos(page.file(), page.bodyLine(), 1), NestingLimit.tooDeep(), NestingLimit.hint());
                return empty();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void uncaught(Thread thread, Throwable failure) {
        if (!(failure instanceof VirtualMachineError)) {
            thread.getThreadGroup().uncaughtException(thread, failure);
        }
    }

    private static RenderedMarkdown empty() {
        return new RenderedMarkdown("", List.of(), "", "", List.of(), List.of(), List.of());
    }
}
