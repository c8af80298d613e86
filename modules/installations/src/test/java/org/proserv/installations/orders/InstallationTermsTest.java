package org.proserv.installations.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.money.Money;

class InstallationTermsTest {

    @Test
    void theDefaultsAre150Points150DollarsAndAMinimumOf100() {
        var terms = InstallationTerms.standard();
        assertEquals(150, terms.installationPoints());
        assertEquals(Money.of("150.00", "USD"), terms.installationPrice());
        assertEquals(100, terms.thirdPartyMinimumPoints());
    }

    @Test
    void nonPositiveOrInexactTermsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> InstallationTerms.of("0", "150.00", "USD", "100"));
        assertThrows(IllegalArgumentException.class, () -> InstallationTerms.of("150", "0.00", "USD", "100"));
        assertThrows(IllegalArgumentException.class, () -> InstallationTerms.of("150", "150.005", "USD", "100"));
        assertThrows(IllegalArgumentException.class, () -> InstallationTerms.of("150", "150.00", "USD", "-1"));
    }

    @Test
    void aVendorUrlIsAnAbsoluteWebAddress() {
        for (String bad : new String[] {"wordpress.org", "ftp://wordpress.org", "https://", "http://exa mple.com"}) {
            var refused = assertThrows(
                    ProservException.class, () -> new Software("WordPress", "6.4", bad, "latest.zip"), bad);
            assertEquals(ProblemCategory.VALIDATION, refused.category());
            assertEquals("vendorUrl", refused.fieldErrors().get(0).field());
        }
        assertEquals("https://wordpress.org", new Software("W", "1", " https://wordpress.org ", "d").vendorUrl());
    }
}
