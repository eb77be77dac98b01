// Measures how long the preview server takes to serve a page after it is saved:
// starts `site.jar serve` on a free port, saves one page N times (appending a paragraph with a
// marker), and for each save times the moment the file is written until a GET of that page
// returns the new text. Prints the median and the 95th percentile. Single-file Java 17 program:
//   java bench/ServeLatency.java --jar generator/target/site.jar --source SITE [--saves 20] [--warmup 5] [-- JVM options...]
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

public class ServeLatency {

    public static void main(String[] args) throws Exception {
        Path jar = null;
        Path source = null;
        int saves = 20;
        int warmup = 5;
        List<String> jvm = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jar" -> jar = Path.of(args[++i]);
                case "--source" -> source = Path.of(args[++i]);
                case "--saves" -> saves = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--" -> { jvm.addAll(List.of(args).subList(i + 1, args.length)); i = args.length; }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path page = chooseChapter(source);
        String url = "/en/report/" + page.getParent().getFileName() + "/" + page.getFileName().toString().replace(".en.md", "") + "/";
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-jar", jar.toString(), "serve", "--source", source.toString(), "--port", Integer.toString(port)));
        Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String original = Files.readString(page);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI address = URI.create("http://127.0.0.1:" + port + url);
        try {
            long startDeadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (System.nanoTime() < startDeadline && !served(http, address, "<h1")) {
                Thread.sleep(100);
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < warmup + saves; i++) {
                String marker = "Benchmark save " + i + " " + System.nanoTime();
                long t0 = System.nanoTime();
                Files.writeString(page, original.stripTrailing() + "\n\n" + marker + ".\n");
                long deadline = t0 + Duration.ofSeconds(60).toNanos();
                while (!served(http, address, marker)) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("save " + i + " was not served within 60 s");
                    }
                    Thread.sleep(2);
                }
                double ms = (System.nanoTime() - t0) / 1e6;
                if (i >= warmup) {
                    millis.add(ms);
                }
                Thread.sleep(300);
            }
            Collections.sort(millis);
            double median = millis.get(millis.size() / 2);
            double p95 = millis.get((int) Math.ceil(millis.size() * 0.95) - 1);
            System.out.printf(java.util.Locale.ROOT, "median %.1f ms, p95 %.1f ms over %d saves of %s%n", median, p95, millis.size(), source.relativize(page));
        } finally {
            Files.writeString(page, original);
            server.destroy();
            server.waitFor();
        }
    }

    private static boolean served(HttpClient http, URI address, String text) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains(text);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** An English report chapter that has no slug of its own, so its address is predictable. */
    private static Path chooseChapter(Path source) throws IOException {
        try (Stream<Path> walk = Files.walk(source.resolve("content/report"))) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".en.md") && !p.getFileName().toString().startsWith("_")).sorted().toList()) {
                if (!Files.readString(file).contains("\nslug:")) {
                    return file;
                }
            }
        }
        throw new IllegalStateException("no English report chapter in " + source);
    }
}
