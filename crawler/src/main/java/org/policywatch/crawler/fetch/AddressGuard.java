package org.policywatch.crawler.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Refuses URLs whose host resolves to an address the crawler must not reach: loopback, private
 * (RFC 1918, IPv6 unique local), carrier-grade NAT, link-local, multicast and the any-local
 * address. The check runs after DNS resolution and refuses if any resolved address is bad, so a
 * public name pointing at 127.0.0.1 is refused too. {@link #admit} also returns the checked
 * address, which {@link PageFetcher} connects to for plain http (no second lookup to rebind).
 * Thread-safe.
 */
public final class AddressGuard {
    /** Resolves a host name to its addresses. */
    @FunctionalInterface
    public interface Resolver {
        /** All addresses of {@code host}. */
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Resolver resolver;
    private final Predicate<InetAddress> isPublic;

    /** A guard using the system resolver. */
    public AddressGuard() {
        this(InetAddress::getAllByName);
    }

    /** A guard using {@code resolver} (tests pass a fixed table). */
    public AddressGuard(Resolver resolver) {
        this(resolver, AddressGuard::isPublic);
    }

    /**
     * A guard using {@code resolver} and its own idea of a public address: tests that need a
     * "public" server on a loopback address say which one.
     */
    public AddressGuard(Resolver resolver, Predicate<InetAddress> isPublic) {
        this.resolver = resolver;
        this.isPublic = isPublic;
    }

    /**
     * Checks a URL.
     *
     * @param uri          the URL about to be requested
     * @param allowPrivate whether the source may use non-public addresses
     * @return empty if the URL may be fetched, else the reason it may not
     */
    public Optional<String> check(URI uri, boolean allowPrivate) {
        return Optional.ofNullable(admit(uri, allowPrivate).refusal());
    }

    /**
     * The verdict on a URL: refused, or admitted with the checked address to connect to.
     *
     * @param address  the first resolved address, all of which passed the check; null if refused
     * @param refusal  why the URL may not be fetched; null if admitted
     */
    public record Admission(InetAddress address, String refusal) {
        /** Whether the URL may be fetched. */
        public boolean admitted() {
            return refusal == null;
        }
    }

    /**
     * Resolves and checks a URL once, returning the address that was checked so that the caller
     * can connect to exactly that address (see {@link PageFetcher} on DNS rebinding).
     *
     * @param uri          the URL about to be requested
     * @param allowPrivate whether the source may use non-public addresses
     */
    public Admission admit(URI uri, boolean allowPrivate) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return new Admission(null, "unsupported scheme: " + uri.getScheme());
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return new Admission(null, "no host in URL");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return new Admission(null, "unknown host: " + host);
        }
        if (addresses == null || addresses.length == 0 || addresses[0] == null) {
            return new Admission(null, "unknown host: " + host);
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (!isPublic.test(address)) {
                    return new Admission(null,
                            "refused non-public address " + address.getHostAddress() + " for " + host);
                }
            }
        }
        return new Admission(addresses[0], null);
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
