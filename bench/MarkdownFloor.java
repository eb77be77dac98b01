import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The least time any build of a site with flexmark needs on this machine: a new JVM reads every
 * page's Markdown body, turns it into HTML with flexmark's CommonMark core (no extension, no
 * template, no link check) and, with {@code --output DIR}, writes that HTML into a file per page,
 * on every core. A cold build of the generator does all of that and more (its pages hold the
 * body and the theme around it), so its wall time cannot be below this one's.
 *
 * <p>Compiled and run by {@code bench/run --floor} with the launcher's JVM options and the
 * generator's jar on the class path (the jar holds flexmark):
 *
 * <pre>
 *   javac -cp generator/target/site.jar -d DIR bench/MarkdownFloor.java
 *   java OPTIONS -cp generator/target/site.jar:DIR MarkdownFloor SITE [--output EMPTY_DIR] [--threads N]
 * </pre>
 *
 * <p>It prints one line of {@code key=value} pairs: {@code pages}, {@code bytes} of Markdown,
 * {@code start_ms} (process start until {@code main} runs: the JVM's own start-up),
 * {@code read_ms}, {@code markdown_ms} (converting and writing) and {@code total_ms} (process start
 * until the last page is written).
 */
public final class MarkdownFloor {

    public static void main(String[] args) throws Exception {
        long startMs = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainMs = System.currentTimeMillis();
        if (args.length < 1 || args[0].startsWith("-")) {
            System.err.println("usage: MarkdownFloor SITE [--output EMPTY_DIR] [--threads N]");
            System.exit(2);
        }
        Path content = Path.of(args[0], "content");
        int threads = Runtime.getRuntime().availableProcessors();
        Path output = null;
        for (int i = 1; i < args.length - 1; i++) {
            if (args[i].equals("--threads")) {
                threads = Integer.parseInt(args[i + 1]);
            } else if (args[i].equals("--output")) {
                output = Path.of(args[i + 1]);
                Files.createDirectories(output);
                try (Stream<Path> existing = Files.list(output)) {
                    if (existing.findAny().isPresent()) {
                        System.err.println("MarkdownFloor: " + output + " is not empty");
                        System.exit(2);
                    }
                }
            }
        }

        List<String> bodies;
        try (Stream<Path> files = Files.walk(content)) {
            bodies = files.filter(p -> p.toString().endsWith(".md")).sorted().toList().parallelStream()
                    .map(MarkdownFloor::body).toList();
        }
        long readMs = System.currentTimeMillis();

        MutableDataSet options = new MutableDataSet();
        Parser parser = Parser.builder(options).build();
        HtmlRenderer renderer = HtmlRenderer.builder(options).build();
        AtomicLong html = new AtomicLong();
        Path out = output;
        ForkJoinPool pool = new ForkJoinPool(threads);
        pool.submit(() -> IntStream.range(0, bodies.size()).parallel().forEach(i -> {
            String page = renderer.render(parser.parse(bodies.get(i)));
            html.addAndGet(page.length());
            if (out != null) {
                try {
                    Files.writeString(out.resolve(i + ".html"), page, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        })).join();
        pool.shutdown();
        long doneMs = System.currentTimeMillis();

        long bytes = bodies.stream().mapToLong(b -> b.getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf("pages=%d bytes=%d html=%d threads=%d start_ms=%d read_ms=%d markdown_ms=%d total_ms=%d%n",
                bodies.size(), bytes, html.get(), threads, mainMs - startMs, readMs - mainMs, doneMs - readMs, doneMs - startMs);
    }

    /** The text after the front matter (between the first two lines of {@code ---}), or all of it. */
    private static String body(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.startsWith("---")) {
            int end = text.indexOf("\n---", 3);
            if (end >= 0) {
                int next = text.indexOf('\n', end + 4);
                return next < 0 ? "" : text.substring(next + 1);
            }
        }
        return text;
    }
}
