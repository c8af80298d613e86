package org.proserv.platform.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Key rotation with an overlap: what the previous key signed verifies, against the published key set, until the overlap
 * ends and not after. Every test has its own data directory.
 */
class KeyRingTest {

    private static final Instant ROTATED_AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration OVERLAP = Duration.ofHours(8);
    private static final byte[] TOKEN = "header.payload".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aTokenSignedBeforeRotationVerifiesDuringTheOverlapAndNotAfter(@TempDir Path dataDir) throws Exception {
        var ring = KeyRing.in(dataDir);
        var before = ring.current();
        byte[] signature = sign(before.keys().getPrivate());

        var after = ring.rotate(ROTATED_AT, OVERLAP);

        assertNotEquals(before.kid(), after.kid());
        assertEquals(after, ring.current(), "the new key signs from now on");
        Instant during = ROTATED_AT.plus(OVERLAP).minusSeconds(1);
        assertTrue(ring.verifies(before.kid(), during));
        assertTrue(
                verifies(publishedKey(ring.jwks(during), before.kid()).orElseThrow(), signature),
                "the published key set still verifies the old token");

        Instant ended = ROTATED_AT.plus(OVERLAP);
        assertFalse(ring.verifies(before.kid(), ended));
        assertEquals(Optional.empty(), publishedKey(ring.jwks(ended), before.kid()), "no longer published");
        assertTrue(ring.verifies(after.kid(), ended));
    }

    @Test
    void theKeyThatSignsAfterARotationWasPublishedBeforeIt(@TempDir Path dataDir) throws Exception {
        var ring = KeyRing.in(dataDir);
        String publishedBefore = ring.jwks(ROTATED_AT);

        var after = ring.rotate(ROTATED_AT, OVERLAP);

        assertTrue(
                verifies(
                        publishedKey(publishedBefore, after.kid()).orElseThrow(),
                        sign(after.keys().getPrivate())),
                "a verifier holding the key set from before the rotation accepts the new tokens");
    }

    @Test
    void theCurrentKeyComesFirstAndIsTheOnePairOfAnInstallationFromBeforeKeyIds(@TempDir Path dataDir) {
        var legacy = SigningKeys.in(dataDir);

        var ring = KeyRing.in(dataDir);

        assertEquals(KeyRing.kid(legacy), ring.current().kid());
        assertTrue(
                ring.jwks(ROTATED_AT)
                        .startsWith("{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\""
                                + ring.current().kid() + "\""),
                "a token without a kid is checked against the current key");
    }

    private static byte[] sign(PrivateKey key) throws GeneralSecurityException {
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key);
        signer.update(TOKEN);
        return signer.sign();
    }

    private static boolean verifies(PublicKey key, byte[] signature) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(key);
        verifier.update(TOKEN);
        return verifier.verify(signature);
    }

    /** The key of this kid in a JWKS, read the way a verifier reads it (modulus and exponent). */
    private static Optional<PublicKey> publishedKey(String jwks, String kid) throws GeneralSecurityException {
        var jwk = Pattern.compile("\"kid\":\"" + Pattern.quote(kid) + "\",\"n\":\"([^\"]+)\",\"e\":\"([^\"]+)\"")
                .matcher(jwks);
        if (!jwk.find()) {
            return Optional.empty();
        }
        var spec = new RSAPublicKeySpec(unsigned(jwk.group(1)), unsigned(jwk.group(2)));
        return Optional.of(KeyFactory.getInstance("RSA").generatePublic(spec));
    }

    private static BigInteger unsigned(String base64Url) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(base64Url));
    }
}
