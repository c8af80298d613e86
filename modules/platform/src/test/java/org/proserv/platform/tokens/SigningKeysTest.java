package org.proserv.platform.tokens;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token signing keys live in the data directory: generated on first use, read back later.
 * {@link SigningKeys#in(Path)} caches per directory for the life of the JVM, so every test works in its own temporary
 * directory (JUnit gives each test method a fresh one).
 */
class SigningKeysTest {

    @Test
    void keysAreGeneratedIntoTheDataDirectoryOnFirstUse(@TempDir Path dataDir) throws IOException {
        Path keys = dataDir.resolve("keys");
        assertFalse(Files.exists(keys));

        KeyPair pair = SigningKeys.in(dataDir);

        assertTrue(Files.isRegularFile(keys.resolve("jwt-private.pem")));
        assertTrue(Files.isRegularFile(keys.resolve("jwt-public.pem")));
        assertEquals("RSA", pair.getPublic().getAlgorithm());
        assertTrue(Files.readString(keys.resolve("jwt-private.pem")).startsWith("-----BEGIN PRIVATE KEY-----"));
        assertEquals(SigningKeys.publicKeyPem(pair), Files.readString(keys.resolve("jwt-public.pem")));
        try (var leftovers = Files.list(keys)) {
            assertEquals(2, leftovers.count(), "no temporary files are left behind");
        }
    }

    @Test
    void thePrivateKeyFileIsReadableByItsOwnerOnly(@TempDir Path dataDir) throws IOException {
        SigningKeys.in(dataDir);
        Path privateFile = dataDir.resolve("keys").resolve("jwt-private.pem");
        var posix = Files.getFileAttributeView(privateFile, PosixFileAttributeView.class);
        assumeTrue(posix != null, "not a POSIX file system");

        assertEquals(
                "rw-------",
                PosixFilePermissions.toString(posix.readAttributes().permissions()));
    }

    @Test
    void existingKeysAreReadBackNotReplaced(@TempDir Path firstStart, @TempDir Path laterStart) throws IOException {
        KeyPair generated = SigningKeys.in(firstStart);
        // A later process start: another directory (so nothing is served from the cache) holding
        // the files the first start wrote.
        copyKeys(firstStart, laterStart);
        byte[] publicFileBefore = Files.readAllBytes(laterStart.resolve("keys/jwt-public.pem"));
        byte[] privateFileBefore = Files.readAllBytes(laterStart.resolve("keys/jwt-private.pem"));

        KeyPair readBack = SigningKeys.in(laterStart);

        assertArrayEquals(
                generated.getPublic().getEncoded(), readBack.getPublic().getEncoded());
        assertArrayEquals(
                generated.getPrivate().getEncoded(), readBack.getPrivate().getEncoded());
        assertArrayEquals(publicFileBefore, Files.readAllBytes(laterStart.resolve("keys/jwt-public.pem")));
        assertArrayEquals(privateFileBefore, Files.readAllBytes(laterStart.resolve("keys/jwt-private.pem")));
    }

    @Test
    void differentDataDirectoriesGetDifferentKeys(@TempDir Path one, @TempDir Path other) {
        byte[] first = SigningKeys.in(one).getPublic().getEncoded();
        byte[] second = SigningKeys.in(other).getPublic().getEncoded();

        assertFalse(Arrays.equals(first, second));
    }

    @Test
    void aSignatureMadeWithThePrivateKeyVerifiesWithThePublishedPublicKey(@TempDir Path dataDir)
            throws IOException, GeneralSecurityException {
        KeyPair pair = SigningKeys.in(dataDir);
        byte[] payload = "{\"sub\":\"alice\",\"groups\":[\"customer\"]}".getBytes(StandardCharsets.UTF_8);
        PublicKey published = readPublicKey(dataDir.resolve("keys/jwt-public.pem"));

        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(pair.getPrivate());
        signer.update(payload);
        byte[] signature = signer.sign();

        assertTrue(verifies(published, payload, signature));
        payload[0] = '[';
        assertFalse(verifies(published, payload, signature), "a changed payload must not verify");
    }

    private static boolean verifies(PublicKey key, byte[] payload, byte[] signature) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(key);
        verifier.update(payload);
        return verifier.verify(signature);
    }

    /** Reads a PEM public key the way a token verifier configured with the file would. */
    private static PublicKey readPublicKey(Path pemFile) throws IOException, GeneralSecurityException {
        String pem = Files.readString(pemFile, StandardCharsets.US_ASCII);
        assertTrue(pem.startsWith("-----BEGIN PUBLIC KEY-----\n"), pem);
        assertTrue(pem.strip().endsWith("-----END PUBLIC KEY-----"), pem);
        String base64 = pem.replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static void copyKeys(Path from, Path to) throws IOException {
        Files.createDirectories(to.resolve("keys"));
        for (String name : new String[] {"jwt-private.pem", "jwt-public.pem"}) {
            Files.copy(from.resolve("keys").resolve(name), to.resolve("keys").resolve(name));
        }
    }
}
