package org.powerofwe.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * With {@code --host 0.0.0.0} a phone opens the preview at the computer's own address; a page of
 * another site renamed to that address still sends its own name and stays refused.
 */
class HostCheckTest {

    @Test
    void thisComputerAnswersByDefault() {
        assertTrue(HostCheck.allowed("localhost:1313", 1313));
        assertTrue(HostCheck.allowed("[::1]:1313", 1313));
        assertFalse(HostCheck.allowed("192.168.1.20:1313", 1313), "without --host, a network address is refused");
    }

    @Test
    void withHostTheComputersOwnAddressesAnswerButNamesDoNot() {
        Set<String> shared = Set.of("192.168.1.20", "[fe80::1]");
        assertTrue(HostCheck.allowed("192.168.1.20:1313", 1313, shared), "the address a phone opens");
        assertTrue(HostCheck.allowed("[fe80::1]:1313", 1313, shared));
        assertFalse(HostCheck.allowed("rebind.attacker.example:1313", 1313, shared), "DNS rebinding sends a name");
        assertFalse(HostCheck.allowed("192.168.1.20:8080", 1313, shared), "another port");
    }
}
