package org.powerofwe.server;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** This computer's own network addresses, for a preview that staff open on a phone. */
public final class NetworkAddresses {

    private NetworkAddresses() {
    }

    /** Every address of the interfaces that are up, as written in a Host header (IPv6 in brackets). */
    static Set<String> own() {
        Set<String> names = new LinkedHashSet<>();
        for (InetAddress address : all()) {
            names.add(hostName(address));
        }
        return Set.copyOf(names);
    }

    /**
     * The addresses a phone on the same network can reach: this computer's private IPv4 addresses
     * (192.168.x.x, 10.x.x.x...), or its other IPv4 addresses when it has none.
     */
    public static List<String> forPhones() {
        List<InetAddress> ipv4 = all().stream().filter(a -> !a.isLoopbackAddress() && !(a instanceof Inet6Address)).toList();
        List<InetAddress> local = ipv4.stream().filter(InetAddress::isSiteLocalAddress).toList();
        return (local.isEmpty() ? ipv4 : local).stream().map(InetAddress::getHostAddress).toList();
    }

    private static String hostName(InetAddress address) {
        String text = address.getHostAddress();
        int zone = text.indexOf('%');
        text = zone >= 0 ? text.substring(0, zone) : text;
        return address instanceof Inet6Address ? "[" + text + "]" : text;
    }

    private static List<InetAddress> all() {
        try {
            return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .filter(NetworkAddresses::isUp)
                    .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                    .toList();
        } catch (SocketException e) {
            return List.of();
        }
    }

    private static boolean isUp(NetworkInterface networkInterface) {
        try {
            return networkInterface.isUp();
        } catch (SocketException e) {
            return false;
        }
    }
}
