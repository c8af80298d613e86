package org.proserv.installations.orders;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.proserv.kernel.error.ProservException;

/** A web address given by a customer: absolute http or https with a host, or 400 naming the field. */
public final class WebAddress {

    private WebAddress() {}

    public static String require(String field, String url) {
        try {
            var uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw ProservException.invalid(field, "must be an absolute http or https address");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw ProservException.invalid(field, "is not a valid URL");
        }
    }
}
