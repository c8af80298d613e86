package org.proserv.platform.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.proserv.kernel.error.ProservException;

class EndpointUrlTest {

    /** Names resolve to the address they spell, or a public one; no real lookups. */
    private static final EndpointUrl.Resolver RESOLVER = host -> {
        if (host.equals("hooks.example.com")) {
            return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 216, 34})};
        }
        if (host.equals("nowhere.invalid")) {
            throw new UnknownHostException(host);
        }
        return InetAddress.getAllByName(host);
    };

    @Test
    void productionAcceptsOnlyHttps() {
        assertEquals(
                "https://hooks.example.com/in",
                EndpointUrl.check("https://hooks.example.com/in", true, false, RESOLVER)
                        .toString());
        refused("http://hooks.example.com/in", true, false, "must be https");
        EndpointUrl.check("http://hooks.example.com/in", false, false, RESOLVER);
        refused("ftp://hooks.example.com/in", false, false, "must be http or https");
    }

    @Test
    void loopbackPrivateLinkLocalAndUniqueLocalAddressesAreRefusedUnlessAllowed() {
        for (String host : new String[] {
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.9",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "[::1]",
            "[fd00::1]",
            "[fe80::1]",
            "[::ffff:127.0.0.1]"
        }) {
            refused("https://" + host + "/in", false, false, "loopback or private");
            EndpointUrl.check("https://" + host + "/in", false, true, RESOLVER);
        }
    }

    @Test
    void credentialsFragmentsUnknownHostsAndNonUrlsAreRefused() {
        refused("https://user:pw@hooks.example.com/in", false, false, "without credentials");
        refused("https://hooks.example.com/in#top", false, false, "without credentials");
        refused("https://nowhere.invalid/in", false, false, "does not resolve");
        refused("not a url", false, false, "");
        refused("", false, false, "required");
        refused("https://hooks.example.com/" + "a".repeat(2000), false, false, "2000");
    }

    private static void refused(String url, boolean production, boolean allowPrivate, String reason) {
        var e = assertThrows(
                ProservException.class, () -> EndpointUrl.check(url, production, allowPrivate, RESOLVER), url);
        assertEquals(true, e.getMessage().contains(reason) || e.toString().contains(reason), e.getMessage());
    }
}
