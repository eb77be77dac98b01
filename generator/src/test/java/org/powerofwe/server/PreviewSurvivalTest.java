package org.powerofwe.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.powerofwe.testing.MiniTheme;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/**
 * The preview a staff member keeps open must never die and never lie: a save that overflows the
 * stack or breaks a template shows its error in the browser and the next good save recovers; a
 * broken theme at start still serves the error; and a hostile page in the same browser (DNS
 * rebinding) or a flood of half-open connections cannot read it or take it down.
 */
class PreviewSurvivalTest {

    @TempDir
    Path dir;

    private PreviewServer server;
    private final StringWriter log = new StringWriter();

    private static final String GOOD_PAGE = "---\ntitle: Government\naxis: government\nvision: V.\nweight: 3\n---\nOur vision.\n";

    private TestSite site() {
        return TestSite.write(dir, Sites.CONFIG.replace("theme: wecare", "theme: mini") + MiniTheme.FILES + Sites.HOMES + Sites.PACT);
    }

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    /** Each kind of save that once killed the watcher or left stale pages behind. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nested quotes", "macro calling itself", "template including itself", "figure too large"})
    void aSaveThatBreaksTheBuildShowsItsErrorAndTheWatcherGoesOn(String mistake) throws Exception {
        TestSite site = site();
        server = PreviewServer.start(site.root(), 0, true, new PrintWriter(log, true));
        assertEquals(200, get("/en/pact/government/").status());

        String where = switch (mistake) {
            case "nested quotes" -> {
                site.writeFile("content/pact/government.en.md", GOOD_PAGE + "> ".repeat(60_000) + "deep\n");
                yield "content/pact/government.en.md";
            }
            case "macro calling itself" -> {
                site.writeFile("themes/mini/layouts/single.ftlh", "<#macro loop><@loop/></#macro><@loop/>\n");
                yield "themes/mini/layouts/single.ftlh";
            }
            case "template including itself" -> {
                site.writeFile("themes/mini/layouts/single.ftlh", "<p>x</p>\n<#include \"single.ftlh\">\n");
                yield "themes/mini/layouts/single.ftlh:2:1";
            }
            default -> {
                site.writeFile("content/data/metrics/m.yml", "metrics:\n  - id: delegates\n    value: 1e300\n    unit: count\n"
                        + "    period: \"2021\"\n    chapter: x\n    label: { en: D, fr: D, es: D }\n");
                yield "content/data/metrics/m.yml:3:12";
            }
        };
        Response broken = awaitStatus("/en/pact/government/", 500);
        assertTrue(broken.body().contains(where), mistake + ": the error page names " + where + ":\n" + broken.body());
        assertFalse(log.toString().contains("\tat ") || log.toString().contains("Exception in"), "no stack trace in the log:\n" + log);

        site.writeFile("themes/mini/layouts/single.ftlh", readMini());
        site.delete("content/data/metrics/m.yml");
        site.writeFile("content/pact/government.en.md", GOOD_PAGE.replace("Our vision.", "Recovered."));
        Response recovered = awaitStatus("/en/pact/government/", 200);
        assertTrue(recovered.body().contains("Recovered."), "the watcher is alive and serves the next good save:\n" + recovered.body());
    }

    @Test
    void serveStartsOnATemplateThatIncludesItselfAndShowsTheError() throws Exception {
        TestSite site = site();
        site.writeFile("themes/mini/layouts/single.ftlh", "<p>x</p>\n<#include \"single.ftlh\">\n");

        server = PreviewServer.start(site.root(), 0, true, new PrintWriter(log, true));

        Response page = get("/en/");
        assertEquals(500, page.status());
        assertTrue(page.body().contains("themes/mini/layouts/single.ftlh:2:1"), page.body());
        assertTrue(log.toString().contains("themes/mini/layouts/single.ftlh:2:1: error:"), log.toString());
        assertFalse(log.toString().contains("\tat "), "no stack trace:\n" + log);
        site.writeFile("themes/mini/layouts/single.ftlh", readMini());
        assertEquals(200, awaitStatus("/en/", 200).status());
    }

    @Test
    void onlyRequestsAddressedToThisComputerAreAnswered() throws Exception {
        server = PreviewServer.start(site().root(), 0, true, new PrintWriter(log, true));
        int port = server.address().getPort();
        for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port}) {
            assertEquals(200, raw("/en/", host).status(), host);
        }
        for (String host : new String[] {"attacker.example:" + port, "attacker.example", "127.0.0.1", "127.0.0.1:1", "localhost.attacker.example:" + port,
                "127.0.0.1.nip.io:" + port, ""}) {
            Response refused = raw("/en/", host);
            assertEquals(403, refused.status(), "Host: " + host);
            assertFalse(refused.body().contains("Government"), "nothing of the site is sent to " + host);
        }
    }

    @Test
    void halfOpenConnectionsNeitherTakeAThreadEachNorBlockThePreview() throws Exception {
        server = PreviewServer.start(site().root(), 0, true, new PrintWriter(log, true));
        int port = server.address().getPort();
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 150; i++) {
                Socket socket = new Socket("127.0.0.1", port);
                socket.getOutputStream().write("GET /en/ HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.ISO_8859_1));
                slow.add(socket);
            }
            Thread.sleep(500);
            long threads = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("site-preview-http")).count();
            assertTrue(threads <= PreviewServer.MAX_THREADS, threads + " handler threads for 150 half-open connections");

            // The held connections wait for handler threads; each is closed after the header
            // timeout, so a real reader is served again within a few timeouts, never left hanging.
            long start = System.nanoTime();
            int status = 0;
            while (status != 200 && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(45)) {
                try {
                    status = raw("/en/", "127.0.0.1:" + port, 30_000).status();
                } catch (java.io.IOException e) {
                    Thread.sleep(500);
                }
            }
            assertEquals(200, status, "a real page is served again once the held connections time out");

            Socket first = slow.get(0);
            first.setSoTimeout(25_000);
            int read = readOrTimeout(first.getInputStream());
            assertTrue(read == -1 || read == 'H', "a client that never finishes its headers is disconnected (read " + read + ")");
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    private static int readOrTimeout(InputStream in) throws IOException {
        try {
            int first = in.read();
            if (first == 'H') {
                // An error response before closing also frees the thread; read to the end.
                while (in.read() != -1) {
                    // drained
                }
            }
            return first;
        } catch (SocketTimeoutException e) {
            return -2;
        } catch (IOException e) {
            return -1;
        }
    }

    private static String readMini() {
        String files = MiniTheme.FILES;
        int start = files.indexOf("-- themes/mini/layouts/single.ftlh --\n") + "-- themes/mini/layouts/single.ftlh --\n".length();
        return files.substring(start, files.indexOf("-- themes/mini/layouts/root.ftlh --"));
    }

    private record Response(int status, String body) {
    }

    private Response get(String path) throws IOException {
        return raw(path, "127.0.0.1:" + server.address().getPort());
    }

    private Response awaitStatus(String path, int status) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        Response last = get(path);
        while (last.status() != status && System.nanoTime() < deadline) {
            Thread.sleep(100);
            last = get(path);
        }
        assertEquals(status, last.status(), "status of " + path + " after the save; log:\n" + log + "\n" + last.body());
        return last;
    }

    private Response raw(String path, String host) throws IOException {
        return raw(path, host, 10_000);
    }

    private Response raw(String path, String host, int timeoutMillis) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.address().getPort())) {
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            return new Response(status, response.substring(Math.max(0, response.indexOf("\r\n\r\n"))));
        }
    }
}
