// Summarises a Java Flight Recorder recording of one `site build`: where the CPU samples fall
// (by pipeline stage and by method), how long the JIT compilers and the garbage collector ran.
//
//   java bench/Profile.java RECORDING.jfr [--top N]
//
// Single-file Java 17 program using only the JDK's jdk.jfr.consumer API. bench/run --profile
// records the largest synthetic build with
//   java -XX:StartFlightRecording=filename=X.jfr,settings=profile -jar site.jar build ...
// and prints this summary. Samples are statistical (about one per 10-20 ms per running Java
// thread): read the shares, not the absolute counts.

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

public final class Profile {

    private static final String OURS = "org.powerofwe.";

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java bench/Profile.java RECORDING.jfr [--top N]");
            System.exit(2);
        }
        int top = 15;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--top") && i + 1 < args.length) {
                top = Integer.parseInt(args[++i]);
            }
        }
        Map<String, Integer> stages = new HashMap<>();
        Map<String, Integer> selfMethods = new HashMap<>();
        Map<String, Integer> ourMethods = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        Map<String, Map<String, Integer>> callees = new HashMap<>();
        int samples = 0;
        long compileMillis = 0;
        int compilations = 0;
        Duration longest = Duration.ZERO;
        String longestMethod = "";
        Duration gcPause = Duration.ZERO;
        int gcs = 0;
        long heapMax = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = event.getEventType().getName();
            switch (type) {
                case "jdk.ExecutionSample" -> {
                    RecordedStackTrace stack = event.getStackTrace();
                    if (stack == null || stack.getFrames().isEmpty()) {
                        continue;
                    }
                    samples++;
                    List<RecordedFrame> frames = stack.getFrames();
                    selfMethods.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
                    for (int i = 0; i < frames.size(); i++) {
                        RecordedFrame frame = frames.get(i);
                        if (frame.getMethod().getType().getName().startsWith(OURS)) {
                            String ours = name(frame.getMethod());
                            ourMethods.merge(ours, 1, Integer::sum);
                            String callee = i == 0 ? "(its own code)" : name(frames.get(i - 1).getMethod()) + line(frame);
                            callees.computeIfAbsent(ours, k -> new HashMap<>()).merge(callee, 1, Integer::sum);
                            break;
                        }
                    }
                    stages.merge(stage(frames), 1, Integer::sum);
                    String thread = event.getThread("sampledThread") == null ? "?" : event.getThread("sampledThread").getJavaName();
                    threads.merge(thread == null ? "?" : thread.replaceAll("-\\d+$", "-N"), 1, Integer::sum);
                }
                case "jdk.CompilerStatistics" -> {
                    // Periodic and cumulative: keep the latest totals.
                    compilations = Math.max(compilations, event.getInt("compileCount"));
                    compileMillis = Math.max(compileMillis, event.getLong("totalTimeSpent"));
                }
                case "jdk.Compilation" -> {
                    if (event.getDuration().compareTo(longest) > 0) {
                        longest = event.getDuration();
                        longestMethod = name(event.getValue("method")) + " (tier " + event.getInt("compileLevel") + ")";
                    }
                }
                case "jdk.GarbageCollection" -> {
                    gcs++;
                    gcPause = gcPause.plus(event.getDuration("sumOfPauses"));
                }
                case "jdk.GCHeapSummary" -> heapMax = Math.max(heapMax, event.getLong("heapUsed"));
                default -> {
                }
            }
        }
        System.out.printf(Locale.ROOT, "CPU samples of Java threads: %d%n", samples);
        print("By pipeline stage (outermost generator frame below the build driver)", stages, samples, top);
        print("By generator method (innermost org.powerofwe frame: own time plus the libraries it calls)", ourMethods, samples, top);
        int total = samples;
        ourMethods.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3).forEach(e ->
                print("  Inside " + e.getKey() + ", by what it calls (and from which line)", callees.get(e.getKey()), total, 8));
        print("By method actually running (JDK and libraries included)", selfMethods, samples, top);
        print("By thread", threads, samples, 6);
        System.out.printf(Locale.ROOT, "%nJIT: %d compilations; their durations add up to %.1f s (elapsed time, which includes waiting for a core)%s%n",
                compilations, compileMillis / 1000.0,
                longestMethod.isEmpty() ? "" : String.format(Locale.ROOT, "; longest: %d ms for %s", longest.toMillis(), longestMethod));
        System.out.printf(Locale.ROOT, "GC: %d collections, %.2f s of pauses in total; largest heap in use after/before a GC: %d MiB%n",
                gcs, gcPause.toMillis() / 1000.0, heapMax / 1048576);
    }

    /**
     * The stage a sample belongs to: the outermost generator frame that is not the command line or
     * the build driver (SiteBuilder, SitePublisher), as package.Class.method, e.g.
     * markdown.MarkdownRenderer.render or render.PageRenderer.render. Samples with no generator
     * frame are start-up (class loading, picocli) or library threads.
     */
    static String stage(List<RecordedFrame> frames) {
        String driver = null;
        for (int i = frames.size() - 1; i >= 0; i--) {
            RecordedMethod method = frames.get(i).getMethod();
            String cls = method.getType().getName();
            if (!cls.startsWith(OURS)) {
                continue;
            }
            String shortName = cls.substring(OURS.length());
            if (shortName.startsWith("cli.")) {
                continue;
            }
            if (shortName.startsWith("build.")) {
                String m = method.getName();
                // Lambdas of the driver name their stage (lambda$renderMarkdown$8); keep the most specific.
                driver = shortName.replaceAll("\\$.*", "") + "." + m.replaceAll("^lambda\\$(\\w+)\\$\\d+$", "$1");
                continue;
            }
            return shortName.replaceAll("\\$.*", "") + "." + method.getName().replaceAll("^lambda\\$(\\w+)\\$\\d+$", "$1");
        }
        return driver != null ? driver + " (own code)" : "(no generator frame: JVM start-up, class loading, libraries)";
    }

    static String line(RecordedFrame frame) {
        return frame.getLineNumber() > 0 ? " @" + frame.getLineNumber() : "";
    }

    static String name(RecordedMethod method) {
        String cls = method.getType().getName();
        if (cls.startsWith(OURS)) {
            cls = cls.substring(OURS.length());
        }
        return cls + "." + method.getName();
    }

    static void print(String title, Map<String, Integer> counts, int total, int top) {
        System.out.printf(Locale.ROOT, "%n%s:%n", title);
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        sorted.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %5.1f %%  %6d  %s%n", 100.0 * v / Math.max(1, total), v, k));
    }
}
