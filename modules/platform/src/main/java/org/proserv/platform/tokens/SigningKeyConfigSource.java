package org.proserv.platform.tokens;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Hands MicroProfile JWT the embedded issuer's public keys ({@code mp.jwt.verify.publickey}, a JWKS).
 *
 * <p>When an external issuer is configured ({@code mp.jwt.verify.publickey.location} set as a system property or
 * environment variable), this source stays silent and MP-JWT verifies against that key instead; the embedded issuer
 * then has no say in who gets in.
 */
public class SigningKeyConfigSource implements ConfigSource {

    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";

    @Override
    public Set<String> getPropertyNames() {
        return externalIssuer() ? Set.of() : Set.of(PUBLIC_KEY);
    }

    @Override
    public Map<String, String> getProperties() {
        return externalIssuer() ? Map.of() : Map.of(PUBLIC_KEY, publicKey());
    }

    @Override
    public String getValue(String propertyName) {
        if (!PUBLIC_KEY.equals(propertyName) || externalIssuer()) {
            return null;
        }
        return publicKey();
    }

    @Override
    public String getName() {
        return "proserv-embedded-issuer";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    public static boolean externalIssuer() {
        return System.getProperty("mp.jwt.verify.publickey.location") != null
                || System.getenv("MP_JWT_VERIFY_PUBLICKEY_LOCATION") != null;
    }

    /**
     * The key ring's keys as a JWKS; MP-JWT picks the key by the token's {@code kid}. Keys past their overlap drop out
     * here as wall time passes; {@link TokenIssuer#verifies} applies the rule at the application clock's instant on
     * every request.
     */
    private static String publicKey() {
        return KeyRing.in(SigningKeys.dataDirectory()).jwks(Instant.now());
    }
}
