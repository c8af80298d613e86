package org.proserv.platform.tokens;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The embedded issuer's signing keys, each named by a key id ({@code kid}): the current key signs, the next key is
 * published ahead of its use, and keys rotated out keep verifying until the end of their overlap. Publishing the next
 * key before it signs anything means a verifier that cached the key set a little while ago already knows the key new
 * tokens carry after a rotation.
 *
 * <p>The ring lives in {@code ${proserv.data.dir}/keys} ({@code ring.properties} and one PEM pair per key); nodes of a
 * cluster share that directory and pick up a rotation made by any of them.
 */
public final class KeyRing {

    private static final ConcurrentMap<Path, KeyRing> LOADED = new ConcurrentHashMap<>();
    private static final String RING_FILE = "ring.properties";

    public record SigningKey(String kid, KeyPair keys) {}

    private final Path dataDirectory;
    private final Path dir;
    private FileTime loadedVersion;
    private SigningKey current;
    private SigningKey next;
    /** Keys rotated out, by kid, with the instant until which they still verify. */
    private Map<String, Retired> retired = new LinkedHashMap<>();

    private record Retired(SigningKey key, Instant until) {}

    private KeyRing(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
        this.dir = dataDirectory.resolve("keys");
    }

    public static KeyRing in(Path dataDirectory) {
        return LOADED.computeIfAbsent(dataDirectory, KeyRing::new);
    }

    public synchronized SigningKey current() {
        refresh();
        return current;
    }

    /** Whether a token signed with this key still verifies at {@code now}. */
    public synchronized boolean verifies(String kid, Instant now) {
        refresh();
        if (current.kid().equals(kid) || next.kid().equals(kid)) {
            return true;
        }
        Retired r = retired.get(kid);
        return r != null && now.isBefore(r.until());
    }

    /** The public keys that verify at {@code now} as a JWKS, the current key first (tokens without a kid). */
    public synchronized String jwks(Instant now) {
        refresh();
        var keys = new StringJoiner(",", "{\"keys\":[", "]}");
        keys.add(jwk(current)).add(jwk(next));
        retired.values().stream().filter(r -> now.isBefore(r.until())).forEach(r -> keys.add(jwk(r.key())));
        return keys.toString();
    }

    /**
     * The next key starts signing and a fresh next key is published; the key that signed until now verifies for
     * {@code overlap} more, so the tokens it signed keep working until then.
     */
    public synchronized SigningKey rotate(Instant now, Duration overlap) {
        refresh();
        retired.put(current.kid(), new Retired(current, now.plus(overlap)));
        retired.values().removeIf(r -> !now.isBefore(r.until()));
        current = next;
        next = newKey();
        save();
        return current;
    }

    private void refresh() {
        Path ring = dir.resolve(RING_FILE);
        try {
            if (!Files.exists(ring)) {
                adoptFirstKey();
            }
            FileTime version = Files.getLastModifiedTime(ring);
            if (!version.equals(loadedVersion)) {
                load(ring);
                loadedVersion = version;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the key ring in " + dir, e);
        }
    }

    /** A new installation, or one from before key ids: its one key pair becomes the current key. */
    private void adoptFirstKey() {
        KeyPair first = SigningKeys.in(dataDirectory);
        current = store(first);
        next = newKey();
        retired = new LinkedHashMap<>();
        save();
    }

    private void load(Path ring) throws IOException {
        var properties = new Properties();
        properties.load(new StringReader(Files.readString(ring)));
        current = stored(properties.getProperty("current"));
        next = stored(properties.getProperty("next"));
        Map<String, Retired> loaded = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("retired.")) {
                String kid = name.substring("retired.".length());
                loaded.put(kid, new Retired(stored(kid), Instant.parse(properties.getProperty(name))));
            }
        }
        retired = loaded;
    }

    private void save() {
        var properties = new Properties();
        properties.setProperty("current", current.kid());
        properties.setProperty("next", next.kid());
        retired.forEach(
                (kid, r) -> properties.setProperty("retired." + kid, r.until().toString()));
        try {
            var text = new StringWriter();
            properties.store(text, "the embedded issuer's keys: current signs, next is published ahead");
            SigningKeys.writeAtomically(dir.resolve(RING_FILE), text.toString());
            loadedVersion = Files.getLastModifiedTime(dir.resolve(RING_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the key ring in " + dir, e);
        }
    }

    private SigningKey newKey() {
        return store(SigningKeys.generate());
    }

    private SigningKey store(KeyPair keys) {
        String kid = kid(keys);
        SigningKeys.write(keys, dir.resolve(kid + "-private.pem"), dir.resolve(kid + "-public.pem"));
        return new SigningKey(kid, keys);
    }

    private SigningKey stored(String kid) {
        if (kid == null) {
            throw new IllegalStateException("incomplete key ring in " + dir);
        }
        return new SigningKey(
                kid, SigningKeys.read(dir.resolve(kid + "-private.pem"), dir.resolve(kid + "-public.pem")));
    }

    /** The key's own fingerprint: the same key always has the same id, on every node. */
    static String kid(KeyPair keys) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(keys.getPublic().getEncoded());
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Every value is Base64url or a fixed word: nothing needs JSON escaping. */
    private static String jwk(SigningKey key) {
        var rsa = (RSAPublicKey) key.keys().getPublic();
        return "{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + key.kid()
                + "\",\"n\":\"" + base64Url(rsa.getModulus()) + "\",\"e\":\"" + base64Url(rsa.getPublicExponent())
                + "\"}";
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
