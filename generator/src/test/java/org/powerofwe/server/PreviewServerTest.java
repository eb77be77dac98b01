package org.powerofwe.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.testing.MiniTheme;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/** The preview a staff member keeps open while editing: it follows every save, shows errors, and stays inside the site. */
class PreviewServerTest {

    @TempDir
    Path dir;

    private PreviewServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    private TestSite site() {
        return TestSite.write(dir, Sites.CONFIG.replace("theme: wecare", "theme: mini") + MiniTheme.FILES + Sites.HOMES + Sites.PACT + """
                -- content/pledges/_index.en.md --
                ---
                title: Pledges
                ---
                -- content/pledges/draft.en.md --
                ---
                title: A draft pledge
                axis: government
                weight: 9
                draft: true
                ---
                Not yet published.
                """);
    }

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aSaveRebuildsReloadsTheOpenPageAndServesTheNewText() throws Exception {
        TestSite site = site();
        server = PreviewServer.start(site.root(), 0, true, new PrintWriter(new StringWriter(), true));
        String home = get("/en/").body();
        assertTrue(home.contains("<h1>The Power of We</h1>"), home);
        assertTrue(home.contains("<script src=\"/__live/reload.js\" defer></script>"), "pages carry the reload script");
        listenForReloads();

        site.writeFile("content/_index.en.md", "---\ntitle: The Power of We, renewed\n---\nWelcome back.\n");
        awaitReload();
        assertTrue(get("/en/").body().contains("<h1>The Power of We, renewed</h1>"));
    }

    @Test
    void aBrokenSaveShowsTheErrorInTheBrowserAndTheNextGoodSaveRecovers() throws Exception {
        TestSite site = site();
        server = PreviewServer.start(site.root(), 0, true, new PrintWriter(new StringWriter(), true));
        listenForReloads();

        site.writeFile("content/pact/government.en.md", "---\ntitle: Government\naxis: government\nvision: V.\nweight: [3\n---\n");
        awaitReload();
        HttpResponse<String> error = get("/en/pact/government/");
        assertEquals(500, error.statusCode());
        assertTrue(error.body().contains("content/pact/government.en.md:5:9"), error.body());
        assertTrue(error.body().contains("must be closed on the same line"), "the hint is shown");
        assertTrue(error.body().contains("/__live/reload.js"), "the error page reloads by itself");

        site.writeFile("content/pact/government.en.md", "---\ntitle: Government again\naxis: government\nvision: V.\nweight: 3\n---\nFixed.\n");
        awaitReload();
        HttpResponse<String> fixed = get("/en/pact/government/");
        assertEquals(200, fixed.statusCode());
        assertTrue(fixed.body().contains("<h1>Government again</h1>"), fixed.body());
    }

    /**
     * The search index and the staff's translation-status page list every page, so a save leaves
     * them to be written when they are asked for: a reader who searches after a save, or staff who
     * open the status page, must still find what was just saved.
     */
    @Test
    void theSearchIndexAndTheTranslationStatusShowTheLastSave() throws Exception {
        TestSite site = site();
        server = PreviewServer.start(site.root(), 0, true, new PrintWriter(new StringWriter(), true));
        listenForReloads();
        for (String title : new String[] {"First title", "Second title"}) {
            site.writeFile("content/_index.en.md", "---\ntitle: " + title + "\n---\nWelcome under the " + title.toLowerCase() + ".\n");
            awaitReload();
        }
        String index = get("/en/search-index.json").body();
        assertTrue(index.contains("Welcome under the second title"), index);
        String status = get("/translation-status/").body();
        assertTrue(status.contains("Second title") && !status.contains("First title"), status);
    }

    @Test
    void draftsAreShownAndMarked() throws Exception {
        server = PreviewServer.start(site().root(), 0, true, new PrintWriter(new StringWriter(), true));
        String draft = get("/en/pledges/draft/").body();
        assertTrue(draft.contains("<p class=\"draft\">DRAFT</p>"), draft);
    }

    @Test
    void pathsThatClimbOutOfTheSiteAreRefusedInEveryEncoding() throws Exception {
        server = PreviewServer.start(site().root(), 0, true, new PrintWriter(new StringWriter(), true));
        for (String path : new String[] {"/../../etc/passwd", "/en/../../site-config.yml", "/%2e%2e/%2e%2e/etc/passwd",
                "/%2E%2E%2Fsite-config.yml", "/..%2fsite-config.yml", "/%252e%252e/etc/passwd", "/..\\site-config.yml", "/en/%00"}) {
            String status = rawRequest(path);
            assertTrue(status.startsWith("HTTP/1.1 400"), path + " answered " + status);
        }
        assertEquals(404, get("/site-config.yml").statusCode(), "project files are not part of the site");
        assertEquals(200, get("/en/").statusCode());
    }

    @Test
    void aTakenPortIsReportedClearly() throws Exception {
        server = PreviewServer.start(site().root(), 0, true, new PrintWriter(new StringWriter(), true));
        int port = server.address().getPort();
        PreviewServer.PortInUse e = assertThrows(PreviewServer.PortInUse.class,
                () -> PreviewServer.start(dir.resolve("site"), port, true, new PrintWriter(new StringWriter(), true)));
        assertTrue(e.getMessage().contains("port " + port + " is already in use"), e.getMessage());
    }

    @Test
    void listensOnTheLoopbackAddressOnly() throws Exception {
        server = PreviewServer.start(site().root(), 0, true, new PrintWriter(new StringWriter(), true));
        assertEquals("127.0.0.1", server.address().getHost());
    }

    @Test
    void aBurstOfSavesNeitherCrashesTheServerNorServesAHalfWrittenPage() throws Exception {
        TestSite site = site();
        server = PreviewServer.start(site.root(), 0, true, new PrintWriter(new StringWriter(), true));
        java.util.concurrent.atomic.AtomicBoolean saving = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.List<String> bad = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Thread reader = new Thread(() -> {
            while (saving.get()) {
                try {
                    HttpResponse<String> page = get("/en/");
                    String body = page.body().strip();
                    if (!body.endsWith("</html>") || !(page.statusCode() == 200 || page.statusCode() == 500)) {
                        bad.add(page.statusCode() + ": " + body.substring(Math.max(0, body.length() - 80)));
                    }
                } catch (Exception e) {
                    bad.add(e.toString());
                }
            }
        });
        reader.start();
        for (int i = 0; i < 60; i++) {
            site.writeFile("content/_index.en.md", "---\ntitle: Save number " + i + "\n---\n" + "Text of save " + i + ". ".repeat(200) + "\n");
            Thread.sleep(i % 7);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!get("/en/").body().contains("<h1>Save number 59</h1>") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        saving.set(false);
        reader.join();
        assertTrue(get("/en/").body().contains("<h1>Save number 59</h1>"), "the last save wins");
        assertTrue(bad.isEmpty(), "every response was a whole page: " + bad);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.address().resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void listenForReloads() {
        http.sendAsync(HttpRequest.newBuilder(server.address().resolve("/__live/events")).build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(events::add));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        try {
            while (!events.contains(": connected") && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        events.clear();
    }

    private void awaitReload() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            String line = events.poll(100, TimeUnit.MILLISECONDS);
            if ("event: reload".equals(line)) {
                return;
            }
        }
        throw new AssertionError("no reload event within 15 s");
    }

    private String rawRequest(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.address().getPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.address().getPort() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] head = in.readNBytes(64);
            return new String(head, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
        }
    }
}
