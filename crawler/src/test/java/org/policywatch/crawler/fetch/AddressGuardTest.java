package org.policywatch.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddressGuardTest {
    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    private final AddressGuard guard = new AddressGuard(host -> {
        Map<String, String> table = Map.of("news.example", "93.184.216.34", "rebind.example", "127.0.0.1",
                "mixed.example", "10.1.2.3");
        String address = table.get(host);
        if (address == null) {
            return InetAddress.getAllByName(host);
        }
        return host.equals("mixed.example")
                ? new InetAddress[] {ip("93.184.216.34"), ip(address)} : new InetAddress[] {ip(address)};
    });

    @Test
    void refusesEveryNonPublicRangeByDefault() {
        for (String host : new String[] {"127.0.0.1", "127.8.9.10", "10.0.0.1", "172.16.5.4", "192.168.1.1",
                "169.254.169.254", "224.0.0.1", "0.0.0.0", "100.64.0.1", "[::1]", "[fe80::1]", "[fc00::1]",
                "[fd12:3456::1]", "[ff02::1]", "[::ffff:127.0.0.1]", "[::]"}) {
            assertThat(guard.check(URI.create("http://" + host + "/x"), false))
                    .as(host).isPresent().get().asString().contains("refused");
        }
    }

    @Test
    void checksAfterDnsResolutionAndEveryAddress() {
        assertThat(guard.check(URI.create("https://news.example/a"), false)).isEmpty();
        assertThat(guard.check(URI.create("https://rebind.example/a"), false)).get().asString()
                .contains("127.0.0.1");
        assertThat(guard.check(URI.create("https://mixed.example/a"), false)).get().asString().contains("10.1.2.3");
    }

    @Test
    void sourcesAllowedPrivateAddressesMayUseThem() {
        assertThat(guard.check(URI.create("http://127.0.0.1:8080/"), true)).isEmpty();
        assertThat(guard.check(URI.create("http://rebind.example/"), true)).isEmpty();
    }

    @Test
    void refusesOtherSchemesAndMissingHosts() {
        assertThat(guard.check(URI.create("ftp://news.example/a"), true)).get().asString().contains("scheme");
        assertThat(guard.check(URI.create("file:///etc/passwd"), true)).isPresent();
        assertThat(guard.check(URI.create("http:///nohost"), true)).isPresent();
    }

    @Test
    void publicAddressesPass() {
        assertThat(AddressGuard.isPublic(ip("8.8.8.8"))).isTrue();
        assertThat(AddressGuard.isPublic(ip("2606:4700::1111"))).isTrue();
        assertThat(AddressGuard.isPublic(ip("172.32.0.1"))).isTrue();
    }
}
