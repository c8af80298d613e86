package org.proserv.platform.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignatureTest {

    /** The example of the Standard Webhooks specification. */
    private static final WebhookSecret SPEC_SECRET = new WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

    private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long SPEC_TIMESTAMP = 1614265330L;
    private static final String SPEC_BODY = "{\"test\": 2432232314}";

    @Test
    void signsTheSpecificationsExampleToItsSignature() {
        assertEquals(
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                Signature.sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY));
    }

    @Test
    void anyChangeOfIdTimestampOrBodyChangesTheSignature() {
        String signed = Signature.sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY);
        assertNotEquals(signed, Signature.sign(SPEC_SECRET, SPEC_ID + "x", SPEC_TIMESTAMP, SPEC_BODY));
        assertNotEquals(signed, Signature.sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP + 1, SPEC_BODY));
        assertNotEquals(signed, Signature.sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY + " "));
    }

    @Test
    void duringAnOverlapTheHeaderCarriesOneSignaturePerSecretSpaceSeparated() {
        var other = WebhookSecret.generate();
        String header = Signature.header(List.of(SPEC_SECRET, other), SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY);
        assertEquals(
                Signature.sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY) + " "
                        + Signature.sign(other, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY),
                header);
        assertThrows(IllegalArgumentException.class, () -> Signature.header(List.of(), SPEC_ID, 1, SPEC_BODY));
    }

    @Test
    void generatedSecretsAreWhsecAndBase64OfThirtyTwoRandomBytes() {
        var one = WebhookSecret.generate();
        var two = WebhookSecret.generate();
        assertTrue(one.value().startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(one.value().substring(6)).length);
        assertNotEquals(one.value(), two.value());
        assertTrue(!one.toString().contains(one.value().substring(6)), "a secret is never logged");
    }

    @Test
    void aSecretOfFewerThanTwentyFourBytesOrWithoutThePrefixIsRefused() {
        String short23 = Base64.getEncoder().encodeToString(new byte[23]);
        assertThrows(IllegalArgumentException.class, () -> new WebhookSecret("whsec_" + short23));
        assertThrows(
                IllegalArgumentException.class,
                () -> new WebhookSecret(SPEC_SECRET.value().substring(6)));
    }
}
