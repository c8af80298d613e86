package org.proserv.rest.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * The secret a metrics scraper presents instead of a user's token, as the password of HTTP Basic credentials (any user
 * name). None configured: nothing is accepted. A bearer token is not an option: the MP-JWT mechanism refuses every
 * bearer token that is not a valid JWT, on every path, before the application sees the request.
 */
public final class ScrapeCredential {

    private static final String BASIC = "basic ";

    private final byte[] secret;

    private ScrapeCredential(byte[] secret) {
        this.secret = secret;
    }

    /** A blank setting counts as none, so an empty environment variable cannot open the endpoint. */
    public static ScrapeCredential of(Optional<String> configured) {
        return new ScrapeCredential(configured
                .filter(s -> !s.isBlank())
                .map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElse(null));
    }

    public boolean configured() {
        return secret != null;
    }

    /** Whether this {@code Authorization} header carries the secret. */
    public boolean presentedIn(String authorization) {
        if (secret == null
                || authorization == null
                || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(
                    Base64.getDecoder()
                            .decode(authorization.substring(BASIC.length()).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        return colon >= 0
                && MessageDigest.isEqual(secret, decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8));
    }
}
