package org.powerofwe.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import com.sun.net.httpserver.HttpExchange;

/**
 * Tells open pages to reload after a rebuild, with server-sent events: each page keeps a
 * connection to {@code /__live/events}; a rebuild sends {@code event: reload}.
 */
final class LiveReload {

    static final String EVENTS = "/__live/events";
    static final String SCRIPT = "/__live/reload.js";

    /** The script pages load (from the server, not inline, so the site's security policy allows it). */
    static final String SCRIPT_SOURCE = """
            // Reloads this page when the preview server has rebuilt the site.
            (function () {
              "use strict";
              // A problem banner the reader dismissed stays hidden until its problems change.
              var banner = document.querySelector(".preview-problems");
              if (banner) {
                var key = "preview-dismissed:" + location.pathname;
                if (sessionStorage.getItem(key) === banner.getAttribute("data-signature")) { banner.hidden = true; }
                banner.querySelector("button").addEventListener("click", function () {
                  banner.hidden = true;
                  sessionStorage.setItem(key, banner.getAttribute("data-signature"));
                });
              }
              if (!window.EventSource) { return; }
              var source = new EventSource("%s");
              source.addEventListener("reload", function () { window.location.reload(); });
            })();
            """.formatted(EVENTS);

    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private volatile boolean open = true;
    private long version;

    private record Client(OutputStream out, CountDownLatch closed) {
    }

    /** Open pages followed at once; each holds a server thread, so more are turned away. */
    static final int MAX_CLIENTS = 32;

    /** Keeps the connection of a page open until the page goes away or the server stops. */
    void connect(HttpExchange exchange) throws IOException {
        if (clients.size() >= MAX_CLIENTS) {
            byte[] body = ("Too many open pages follow the preview (at most " + MAX_CLIENTS + "); close some tabs and reload.\n")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Client client = new Client(exchange.getResponseBody(), new CountDownLatch(1));
        clients.add(client);
        send(client, "retry: 500\n: connected\n\n");
        try {
            while (open && !client.closed().await(15, java.util.concurrent.TimeUnit.SECONDS)) {
                send(client, ": ping\n\n");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(client);
            exchange.close();
        }
    }

    /** Asks every open page to reload. */
    synchronized void reload() {
        version++;
        String message = "event: reload\ndata: " + version + "\n\n";
        clients.forEach(c -> send(c, message));
    }

    int connected() {
        return clients.size();
    }

    void close() {
        open = false;
        clients.forEach(c -> c.closed().countDown());
    }

    private void send(Client client, String text) {
        try {
            synchronized (client) {
                client.out().write(text.getBytes(StandardCharsets.UTF_8));
                client.out().flush();
            }
        } catch (IOException e) {
            client.closed().countDown();
            clients.remove(client);
        }
    }
}
