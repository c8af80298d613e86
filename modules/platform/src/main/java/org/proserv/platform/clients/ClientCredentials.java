package org.proserv.platform.clients;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * New client ids and secrets. An id is public (it names the client in tokens and logs); a secret is 32 random bytes,
 * shown once and stored only as a slow salted hash, like a password.
 */
public final class ClientCredentials {

    static final String ID_PREFIX = "pc_";
    static final String SECRET_PREFIX = "pcs_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private ClientCredentials() {}

    public static String newClientId() {
        return ID_PREFIX + random(15);
    }

    public static String newSecret() {
        return SECRET_PREFIX + random(32);
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
