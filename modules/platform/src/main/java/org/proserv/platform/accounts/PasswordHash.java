package org.proserv.platform.accounts;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.OptionalInt;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Slow salted password hashing: PBKDF2 with HMAC-SHA256. The stored form names the algorithm and the iteration count,
 * so the cost can be raised later without invalidating stored hashes: a hash made at a lower count still verifies (at
 * its own cost) and is replaced at the next sign-in.
 *
 * <p>Not final so that tests can count the iterations each derivation costs.
 */
public class PasswordHash {

    /** OWASP's figure for PBKDF2-HMAC-SHA256 (Password Storage Cheat Sheet). */
    public static final int ITERATIONS = 600_000;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String PREFIX = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;
    private final String dummy;

    public PasswordHash() {
        this(ITERATIONS);
    }

    public PasswordHash(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("the iteration count must be positive");
        }
        this.iterations = iterations;
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] randomPassword = new byte[16];
        RANDOM.nextBytes(randomPassword);
        // made once, up front, so that the first unknown username costs no more than the next ones
        this.dummy =
                format(iterations, salt, pbkdf2(Base64.getEncoder().encodeToString(randomPassword), salt, iterations));
    }

    public int iterations() {
        return iterations;
    }

    public String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return format(iterations, salt, derive(password, salt, iterations));
    }

    /**
     * Whether {@code password} is the one {@code stored} was made from. A stored value that is not a well-formed hash
     * of this scheme (null, another format, a corrupted field) matches no password: a damaged row must refuse the
     * login, not fail it with an error.
     */
    public boolean matches(String password, String stored) {
        var parsed = Parsed.of(stored);
        if (parsed == null) {
            return false;
        }
        return MessageDigest.isEqual(parsed.hash, derive(password, parsed.salt, parsed.iterations));
    }

    /**
     * Spends what checking a password against a stored hash of the current cost spends, and matches nothing: an unknown
     * username must take as long to refuse as a wrong password.
     */
    public boolean matchesNothing(String password) {
        matches(password, dummy);
        return false;
    }

    /** Whether a stored hash was made with weaker parameters than the current ones (or is unreadable). */
    public boolean isWeakerThanCurrent(String stored) {
        var parsed = Parsed.of(stored);
        return parsed == null || parsed.iterations < iterations;
    }

    /** The iteration count a stored hash names, if it is well formed. */
    public static OptionalInt iterationsOf(String stored) {
        var parsed = Parsed.of(stored);
        return parsed == null ? OptionalInt.empty() : OptionalInt.of(parsed.iterations);
    }

    protected byte[] derive(String password, byte[] salt, int iterations) {
        return pbkdf2(password, salt, iterations);
    }

    private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
        try {
            var spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        }
    }

    private static String format(int iterations, byte[] salt, byte[] hash) {
        var b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {

        static Parsed of(String stored) {
            if (stored == null) {
                return null;
            }
            String[] parts = stored.split("\\$", -1);
            if (parts.length != 4 || !PREFIX.equals(parts[0])) {
                return null;
            }
            try {
                var parsed = new Parsed(
                        Integer.parseInt(parts[1]),
                        Base64.getDecoder().decode(parts[2]),
                        Base64.getDecoder().decode(parts[3]));
                return parsed.iterations < 1 || parsed.salt.length == 0 || parsed.hash.length == 0 ? null : parsed;
            } catch (IllegalArgumentException malformed) { // NumberFormatException included
                return null;
            }
        }
    }
}
