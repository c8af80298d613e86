package org.proserv.platform.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Salted PBKDF2 password hashes. Each derivation is deliberately slow, so one stored hash is shared by the tests that
 * only read it.
 */
class PasswordHashTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final PasswordHash HASHER = new PasswordHash();
    private static String stored;

    @BeforeAll
    static void hashOnce() {
        stored = HASHER.hash(PASSWORD);
    }

    @Test
    void theRightPasswordMatchesItsHash() {
        assertTrue(HASHER.matches(PASSWORD, stored));
    }

    @Test
    void aWrongPasswordDoesNotMatch() {
        assertFalse(HASHER.matches("correct horse battery stapler", stored));
        assertFalse(HASHER.matches("", stored));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTimeBecauseOfTheSalt() {
        String again = HASHER.hash(PASSWORD);

        assertNotEquals(stored, again);
        assertNotEquals(stored.split("\\$")[2], again.split("\\$")[2], "fresh salt");
        assertTrue(HASHER.matches(PASSWORD, again));
    }

    @Test
    void theStoredFormNamesTheAlgorithmAndTheIterationCount() {
        String[] parts = stored.split("\\$", -1);

        assertEquals(4, parts.length, stored);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("600000", parts[1], "OWASP's figure for PBKDF2-HMAC-SHA256 by default");
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length, "salt bytes");
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length, "derived key bytes");
    }

    @Test
    void aTamperedHashDoesNotMatch() {
        String[] parts = stored.split("\\$");

        assertFalse(
                HASHER.matches(PASSWORD, join(parts[0], parts[1], parts[2], flipFirstChar(parts[3]))), "changed hash");
        assertFalse(
                HASHER.matches(PASSWORD, join(parts[0], parts[1], flipFirstChar(parts[2]), parts[3])), "changed salt");
        assertFalse(HASHER.matches(PASSWORD, join(parts[0], "1000", parts[2], parts[3])), "changed iteration count");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "x$y",
                "plain-text-password",
                "pbkdf2-sha256",
                "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA", // hash part missing
                "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$", // hash part empty
                "md5$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA", // another algorithm
                "pbkdf2-sha256$many$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA", // iterations not a number
                "pbkdf2-sha256$0$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA", // no iterations
                "pbkdf2-sha256$-5$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA", // negative iterations
                "pbkdf2-sha256$1000$not base64!$aGFzaA", // salt not Base64
                "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$not base64!", // hash not Base64
                "pbkdf2-sha256$1000$$aGFzaA", // empty salt
                "pbkdf2-sha256$1000$c2FsdA$aGFzaA$extra", // too many parts
            })
    void aMalformedStoredValueIsANonMatchNotAnError(String garbage) {
        assertFalse(HASHER.matches(PASSWORD, garbage));
    }

    @Test
    void aHashOfFewerIterationsThanConfiguredIsWeakerAndStillMatches() {
        String old = new PasswordHash(210_000).hash(PASSWORD);

        assertTrue(HASHER.isWeakerThanCurrent(old));
        assertFalse(HASHER.isWeakerThanCurrent(stored));
        assertTrue(HASHER.matches(PASSWORD, old), "verified at the cost it names");
        assertTrue(HASHER.isWeakerThanCurrent("plain-text-password"));
    }

    @Test
    void theCostIsConfigurable() {
        var cheap = new PasswordHash(1_000);

        assertEquals(1_000, PasswordHash.iterationsOf(cheap.hash(PASSWORD)).orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> new PasswordHash(0));
    }

    private static String join(String... parts) {
        return String.join("$", parts);
    }

    private static String flipFirstChar(String base64) {
        char replacement = base64.charAt(0) == 'A' ? 'B' : 'A';
        return replacement + base64.substring(1);
    }
}
