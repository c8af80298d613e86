package org.proserv.projects.design;

import java.net.URI;
import java.net.URISyntaxException;
import org.proserv.kernel.error.ProservException;

/** The web addresses of previews and servers: absolute http(s), at most 500 characters. */
public final class WebAddress {

    public static final int MAX = 500;

    private WebAddress() {}

    /** 400 naming the field unless the address is an absolute http(s) one of at most 500 characters. */
    public static void require(String field, String url) {
        if (url == null || url.isBlank() || url.length() > MAX) {
            throw ProservException.invalid(field, "must be an http(s) address of at most " + MAX + " characters");
        }
        try {
            var uri = new URI(url);
            if (!uri.isAbsolute()
                    || uri.getHost() == null
                    || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw ProservException.invalid(field, "must be an absolute http or https address");
            }
        } catch (URISyntaxException e) {
            throw ProservException.invalid(field, "is not an address: " + e.getReason());
        }
    }
}
