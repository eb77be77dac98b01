package org.powerofwe.server;

import java.util.Locale;
import java.util.Set;

/**
 * Answers only requests addressed to this computer by name: {@code localhost}, {@code 127.0.0.1}
 * or {@code [::1]} with the preview's port. A page of another site whose name was made to point
 * at 127.0.0.1 (DNS rebinding) sends its own name in {@code Host}, and is refused, so it cannot
 * read the preview, drafts included.
 */
final class HostCheck {

    static final String REFUSAL = "Refused: the preview answers only http://127.0.0.1 and http://localhost on this computer.\n";

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private HostCheck() {
    }

    /** Whether {@code host} (the request's Host header, possibly null) names this preview. */
    static boolean allowed(String host, int port) {
        if (host == null) {
            return false;
        }
        String value = host.strip().toLowerCase(Locale.ROOT);
        int colon = value.lastIndexOf(':');
        boolean hasPort = colon > value.lastIndexOf(']');
        String name = hasPort ? value.substring(0, colon) : value;
        String given = hasPort ? value.substring(colon + 1) : "80";
        return LOOPBACK_NAMES.contains(name) && given.equals(Integer.toString(port));
    }
}
