package org.policywatch.crawler.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Refuses URLs whose host resolves to an address the crawler must not reach: loopback, private
 * (RFC 1918, IPv6 unique local), carrier-grade NAT, link-local, multicast and the any-local
 * address. The check runs after DNS resolution and refuses if any resolved address is bad, so a
 * public name pointing at 127.0.0.1 is refused too. Thread-safe.
 */
public final class AddressGuard {
    /** Resolves a host name to its addresses. */
    @FunctionalInterface
    public interface Resolver {
        /** All addresses of {@code host}. */
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Resolver resolver;

    /** A guard using the system resolver. */
    public AddressGuard() {
        this(InetAddress::getAllByName);
    }

    /** A guard using {@code resolver} (tests pass a fixed table). */
    public AddressGuard(Resolver resolver) {
        this.resolver = resolver;
    }

    /**
     * Checks a URL.
     *
     * @param uri          the URL about to be requested
     * @param allowPrivate whether the source may use non-public addresses
     * @return empty if the URL may be fetched, else the reason it may not
     */
    public Optional<String> check(URI uri, boolean allowPrivate) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("unsupported scheme: " + uri.getScheme());
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return Optional.of("no host in URL");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of("unknown host: " + host);
        }
        if (addresses == null || addresses.length == 0) {
            return Optional.of("unknown host: " + host);
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("refused non-public address " + address.getHostAddress() + " for " + host);
            }
        }
        return Optional.empty();
    }

    /** Whether an address is a public unicast address. */
    public static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress()
                || a.isSiteLocalAddress() || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved and broadcast
        }
        if (a instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) { // fc00::/7 unique local
                return false;
            }
            if (isIpv4Embedding(b)) {
                return false;
            }
        }
        return true;
    }

    /** IPv4-compatible (::a.b.c.d) and NAT64/6to4 forms can smuggle an IPv4 target; refuse them. */
    private static boolean isIpv4Embedding(byte[] b) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 12; i++) {
            if (b[i] != 0) {
                zeroPrefix = false;
                break;
            }
        }
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b;
        boolean sixToFour = (b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02;
        return zeroPrefix || nat64 || sixToFour;
    }
}
