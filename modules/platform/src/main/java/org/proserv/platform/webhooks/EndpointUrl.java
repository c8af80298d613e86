package org.proserv.platform.webhooks;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.proserv.kernel.error.ProservException;

/**
 * Where a webhook may point: an absolute http(s) URL without credentials or fragment; https only in production; and,
 * unless private addresses are allowed by configuration, a host none of whose addresses is loopback, private,
 * link-local, unique-local, carrier-grade NAT or unspecified (a webhook must not reach into the vendor's own network).
 * Checked when it is registered and again before each attempt, since names may resolve differently later.
 */
public final class EndpointUrl {

    static final int MAX_LENGTH = 2000;

    private EndpointUrl() {}

    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    public static URI check(String url, boolean production, boolean allowPrivate, Resolver resolver) {
        if (url == null || url.isBlank()) {
            throw ProservException.invalid("url", "is required");
        }
        if (url.length() > MAX_LENGTH) {
            throw ProservException.invalid("url", "must not exceed " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ProservException.invalid("url", "is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && !production)) {
            throw ProservException.invalid("url", production ? "must be https" : "must be http or https");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw ProservException.invalid("url", "must name a host, without credentials or fragment");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(uri.getHost());
        } catch (UnknownHostException e) {
            throw ProservException.invalid("url", "host " + uri.getHost() + " does not resolve");
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (isPrivate(address)) {
                    throw ProservException.invalid(
                            "url", "host " + uri.getHost() + " is a loopback or private address");
                }
            }
        }
        return uri;
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc;
        }
        return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
    }
}
