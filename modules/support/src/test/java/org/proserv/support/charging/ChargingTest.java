package org.proserv.support.charging;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.proserv.kernel.error.FieldError;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.money.Money;

/**
 * What an incident costs (docs/support.md, "Issue categories and charging": the price list with fixed, "from N" and
 * on-request prices) and what a one-incident package covers ("Entitlement").
 */
class ChargingTest {

    private static final Instant NOW = Instant.parse("2025-12-01T05:00:00Z");

    /** A category as the price list holds it; the entity's fields are written by JPA only. */
    private static IssueCategory category(String code, int points, Pricing pricing) {
        IssueCategory category = new IssueCategory();
        set(category, "code", code);
        set(category, "name", code);
        category.reprice(points, pricing);
        return category;
    }

    private static void set(IssueCategory category, String field, Object value) {
        try {
            Field f = IssueCategory.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(category, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot set " + field + " of a test category", e);
        }
    }

    private static void assertInvalidPoints(Executable action) {
        ProservException e = assertThrows(ProservException.class, action);
        assertEquals(ProblemCategory.VALIDATION, e.category(), e.getMessage());
        assertEquals(
                List.of("points"),
                e.fieldErrors().stream().map(FieldError::field).toList());
    }

    @Nested
    class FixedPrice {

        private final IssueCategory storeProblem = category("STORE_PROBLEM", 25, Pricing.FIXED);

        @Test
        void costsTheListPriceWhenStaffGiveNone() {
            assertEquals(25, storeProblem.priceFor(null));
        }

        @Test
        void staffMayRepeatTheListPrice() {
            assertEquals(25, storeProblem.priceFor(25));
        }

        @Test
        void aLargeListPriceIsComparedByValue() {
            IssueCategory installation = category("INSTALLATION_SERVICE", 150, Pricing.FIXED);

            assertEquals(150, installation.priceFor(Integer.valueOf(150)));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 24, 26, 50})
        void anotherPriceIsRefused(int staffPrice) {
            assertInvalidPoints(() -> storeProblem.priceFor(staffPrice));
        }

        @Test
        void aFreeCategoryStaysFree() {
            IssueCategory generalQuestion = category("GENERAL_QUESTION", 0, Pricing.FIXED);

            assertEquals(0, generalQuestion.priceFor(null));
            assertInvalidPoints(() -> generalQuestion.priceFor(10));
        }
    }

    @Nested
    class FromPrice {

        private final IssueCategory thirdParty = category("THIRD_PARTY_INSTALLATION", 100, Pricing.FROM);

        @Test
        void staffMustGiveAPrice() {
            assertInvalidPoints(() -> thirdParty.priceFor(null));
        }

        @ParameterizedTest
        @ValueSource(ints = {-1, 0, 99})
        void aPriceBelowTheMinimumIsRefused(int staffPrice) {
            assertInvalidPoints(() -> thirdParty.priceFor(staffPrice));
        }

        @ParameterizedTest
        @ValueSource(ints = {100, 101, 250})
        void aPriceAtOrAboveTheMinimumIsWhatItCosts(int staffPrice) {
            assertEquals(staffPrice, thirdParty.priceFor(staffPrice));
        }
    }

    @Nested
    class OnRequest {

        private final IssueCategory other = category("OTHER", 0, Pricing.ON_REQUEST);

        @Test
        void staffMustGiveAPrice() {
            assertInvalidPoints(() -> other.priceFor(null));
        }

        @ParameterizedTest
        @ValueSource(ints = {-1, -100})
        void aNegativePriceIsRefused(int staffPrice) {
            assertInvalidPoints(() -> other.priceFor(staffPrice));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 1, 75, 1000})
        void anyPriceFromZeroIsWhatItCosts(int staffPrice) {
            assertEquals(staffPrice, other.priceFor(staffPrice));
        }
    }

    @Nested
    class Repricing {

        @Test
        void aNewPriceAndPricingApplyToLaterIncidents() {
            IssueCategory category = category("PATCH_APPLICATION", 40, Pricing.FIXED);

            category.reprice(60, Pricing.FROM);

            assertEquals(60, category.points());
            assertEquals(Pricing.FROM, category.pricing());
            assertInvalidPoints(() -> category.priceFor(40));
            assertEquals(70, category.priceFor(70));
        }

        @Test
        void aNegativeListPriceIsRefusedAndTheOldOneKept() {
            IssueCategory category = category("PATCH_APPLICATION", 40, Pricing.FIXED);

            assertInvalidPoints(() -> category.reprice(-1, Pricing.FIXED));

            assertEquals(40, category.points());
            assertEquals(40, category.priceFor(null));
        }
    }

    @Nested
    class IncidentPackages {

        private final IncidentPackage urgent = new IncidentPackage(7L, true, new Money(9900, "USD"), NOW);
        private final IncidentPackage standard = new IncidentPackage(7L, false, new Money(4900, "USD"), NOW);

        @Test
        void anUrgentPackageCoversAHotRushAndAStandardIncident() {
            assertTrue(urgent.covers(true));
            assertTrue(urgent.covers(false));
        }

        @Test
        void aStandardPackageCoversOnlyAStandardIncident() {
            assertTrue(standard.covers(false));
            assertFalse(standard.covers(true));
        }

        @Test
        void aNewPackageIsUnused() {
            assertNull(urgent.ticketId());
            assertNull(urgent.usedAt());
            assertEquals(NOW, urgent.purchasedAt());
        }

        @Test
        void aUsedPackageCoversNothingAndRemembersItsTicket() {
            Instant used = NOW.plusSeconds(3600);

            urgent.useFor(42L, used);
            standard.useFor(43L, used);

            assertAll(
                    () -> assertFalse(urgent.covers(true)),
                    () -> assertFalse(urgent.covers(false)),
                    () -> assertFalse(standard.covers(false)),
                    () -> assertEquals(42L, urgent.ticketId()),
                    () -> assertEquals(used, urgent.usedAt()));
        }

        @Test
        void aPackageCannotBeUsedTwice() {
            Instant first = NOW.plusSeconds(3600);
            urgent.useFor(42L, first);

            assertThrows(IllegalStateException.class, () -> urgent.useFor(43L, NOW.plusSeconds(7200)));

            assertEquals(42L, urgent.ticketId(), "the first ticket keeps it");
            assertEquals(first, urgent.usedAt());
        }
    }
}
