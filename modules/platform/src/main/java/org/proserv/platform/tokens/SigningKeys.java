package org.proserv.platform.tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.proserv.kernel.config.ConfigDefaults;

/**
 * The embedded issuer's RSA key pair, generated on first use into the data directory and read back on later starts, so
 * tokens survive a restart. Never part of the source tree.
 */
public final class SigningKeys {

    private static final ConcurrentMap<Path, KeyPair> LOADED = new ConcurrentHashMap<>();

    private SigningKeys() {}

    /**
     * The data directory as configured for this process (system property, environment, default). Read without
     * MicroProfile Config, which asks {@link SigningKeyConfigSource} for the keys while it is built.
     */
    public static Path dataDirectory() {
        String dir = System.getProperty("proserv.data.dir");
        if (dir == null) {
            dir = System.getenv("PROSERV_DATA_DIR");
        }
        if (dir == null) {
            dir = ConfigDefaults.visibleTo(SigningKeys.class).value("proserv.data.dir");
        }
        return Path.of(dir).toAbsolutePath().normalize();
    }

    public static KeyPair in(Path dataDirectory) {
        return LOADED.computeIfAbsent(dataDirectory.resolve("keys"), SigningKeys::loadOrGenerate);
    }

    public static String publicKeyPem(KeyPair keys) {
        return pem("PUBLIC KEY", keys.getPublic().getEncoded());
    }

    private static KeyPair loadOrGenerate(Path dir) {
        Path privateFile = dir.resolve("jwt-private.pem");
        Path publicFile = dir.resolve("jwt-public.pem");
        if (!Files.exists(privateFile)) {
            write(generate(), privateFile, publicFile);
        }
        return read(privateFile, publicFile);
    }

    static KeyPair generate() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a signing key", e);
        }
    }

    static void write(KeyPair keys, Path privateFile, Path publicFile) {
        try {
            Files.createDirectories(privateFile.getParent());
            writeAtomically(publicFile, pem("PUBLIC KEY", keys.getPublic().getEncoded()));
            writeAtomically(privateFile, pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the signing keys in " + privateFile.getParent(), e);
        }
    }

    static KeyPair read(Path privateFile, Path publicFile) {
        try {
            var factory = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(der(privateFile)));
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(der(publicFile)));
            return new KeyPair(publicKey, privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the signing keys in " + privateFile.getParent(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unusable signing keys in " + privateFile.getParent(), e);
        }
    }

    static void writeAtomically(Path target, String content) throws IOException {
        Path temp =
                Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system; the directory's permissions apply
        }
        Files.writeString(temp, content, StandardCharsets.US_ASCII);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static byte[] der(Path pemFile) throws IOException {
        String body = Files.readString(pemFile, StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
