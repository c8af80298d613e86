package org.proserv.rest.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScrapeCredentialTest {

    private static final String SECRET = "s3cret-scrape-token-0123456789";

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSecretAsTheBasicPasswordOfAnyUserIsAccepted() {
        var credential = ScrapeCredential.of(Optional.of(SECRET));
        assertTrue(credential.configured());
        assertTrue(credential.presentedIn(basic("prometheus:" + SECRET)));
        assertTrue(credential.presentedIn(basic(":" + SECRET)));
        assertTrue(credential.presentedIn("basic " + basic("p:" + SECRET).substring(6)));
    }

    @Test
    void anythingElseIsRefused() {
        var credential = ScrapeCredential.of(Optional.of(SECRET));
        assertFalse(credential.presentedIn(null));
        assertFalse(credential.presentedIn(""));
        assertFalse(credential.presentedIn(basic("prometheus:" + SECRET + "x")));
        assertFalse(credential.presentedIn(basic("prometheus:" + SECRET.substring(1))));
        assertFalse(credential.presentedIn(basic(SECRET)), "the secret as a user name without password");
        assertFalse(credential.presentedIn(basic(SECRET + ":")));
        assertFalse(credential.presentedIn("Bearer " + SECRET));
        assertFalse(credential.presentedIn("Basic not-base64!"));
    }

    @Test
    void withoutASecretNothingIsAcceptedNotEvenAnEmptyPassword() {
        for (var none : new ScrapeCredential[] {
            ScrapeCredential.of(Optional.empty()),
            ScrapeCredential.of(Optional.of("")),
            ScrapeCredential.of(Optional.of("  "))
        }) {
            assertFalse(none.configured());
            assertFalse(none.presentedIn(basic("prometheus:")));
            assertFalse(none.presentedIn(basic(":")));
            assertFalse(none.presentedIn(basic("prometheus:  ")));
        }
    }
}
