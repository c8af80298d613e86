package org.proserv.kernel.money;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static final Money USD_34_50 = new Money(3450, "USD");

    @Nested
    class Currencies {

        @ParameterizedTest
        @ValueSource(strings = {"usd", "US", "USDX", "", "U$D", "ZZZ"})
        void aCurrencyIsAnIso4217CodeOfThreeUpperCaseLetters(String code) {
            var e = assertThrows(IllegalArgumentException.class, () -> new Money(100, code));
            assertTrue(e.getMessage().contains("currency"), e.getMessage());
        }

        @Test
        void aMissingCurrencyIsRefused() {
            assertThrows(IllegalArgumentException.class, () -> new Money(100, null));
        }

        @Test
        void aCodeWithoutMinorUnitIsNoCurrencyToPriceIn() {
            // gold and the "no currency" code are ISO 4217 codes, but have no fraction digits defined
            assertThrows(IllegalArgumentException.class, () -> new Money(1, "XAU"));
            assertThrows(IllegalArgumentException.class, () -> Money.of("1", "XXX"));
        }
    }

    @Nested
    class Parsing {

        @Test
        void aDecimalAmountIsReadExactlyInTheMinorUnit() {
            assertAll(
                    () -> assertEquals(USD_34_50, Money.of("34.50", "USD")),
                    () -> assertEquals(USD_34_50, Money.of("34.5", "USD")),
                    () -> assertEquals(new Money(3400, "USD"), Money.of("34", "USD")),
                    () -> assertEquals(new Money(67333, "USD"), Money.of("673.33", "USD")),
                    () -> assertEquals(new Money(-5, "EUR"), Money.of("-0.05", "EUR")),
                    () -> assertEquals(new Money(0, "USD"), Money.of("0.00", "USD")));
        }

        @Test
        void moreFractionDigitsThanTheCurrencyHasAreRefusedNeverRounded() {
            var e = assertThrows(IllegalArgumentException.class, () -> Money.of("34.505", "USD"));
            assertTrue(e.getMessage().contains("34.505") && e.getMessage().contains("2"), e.getMessage());
            assertThrows(
                    IllegalArgumentException.class,
                    () -> Money.of("34.500", "USD"),
                    "a trailing zero is still a digit the currency does not have");
            assertThrows(IllegalArgumentException.class, () -> Money.parse("34.505 USD"));
        }

        @Test
        void theFractionDigitsAreTheCurrencys() {
            assertAll(
                    () -> assertEquals(new Money(5000, "JPY"), Money.of("5000", "JPY")),
                    () -> assertThrows(
                            IllegalArgumentException.class,
                            () -> Money.of("5000.5", "JPY"),
                            "the yen has no minor unit"),
                    () -> assertEquals(new Money(1234, "BHD"), Money.of("1.234", "BHD"), "the dinar has three"),
                    () -> assertThrows(IllegalArgumentException.class, () -> Money.of("1.2345", "BHD")));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "",
                    "abc",
                    "34,50",
                    "1e3",
                    "+34.50",
                    " 34.50",
                    "34.",
                    ".50",
                    "34.50 ",
                    "0x10",
                    "NaN",
                    "Infinity",
                    "--1"
                })
        void anythingButAPlainDecimalIsRefused(String amount) {
            assertThrows(IllegalArgumentException.class, () -> Money.of(amount, "USD"));
        }

        @Test
        void aMissingAmountIsRefused() {
            assertThrows(IllegalArgumentException.class, () -> Money.of(null, "USD"));
        }

        @Test
        void anAmountBeyondWhatTheMinorUnitCanHoldIsRefused() {
            assertEquals(new Money(Long.MAX_VALUE, "USD"), Money.of("92233720368547758.07", "USD"));
            assertThrows(IllegalArgumentException.class, () -> Money.of("92233720368547758.08", "USD"));
            assertThrows(IllegalArgumentException.class, () -> Money.of("99999999999999999999999", "JPY"));
        }

        @Test
        void parseReadsWhatToStringWrites() {
            assertAll(
                    () -> assertEquals("34.50 USD", USD_34_50.toString()),
                    () -> assertEquals(USD_34_50, Money.parse("34.50 USD")),
                    () -> assertEquals(new Money(-120, "EUR"), Money.parse(new Money(-120, "EUR").toString())),
                    () -> assertEquals("5000 JPY", new Money(5000, "JPY").toString()),
                    () -> assertEquals("0.05 USD", new Money(5, "USD").toString()));
        }

        @ParameterizedTest
        @ValueSource(strings = {"34.50", "USD 34.50", "34.50  USD", "34.50 usd", "34.50USD"})
        void parseWantsAnAmountOneSpaceAndACode(String text) {
            assertThrows(IllegalArgumentException.class, () -> Money.parse(text));
        }
    }

    @Nested
    class Form {

        @Test
        void theAmountHasExactlyTheCurrencysFractionDigits() {
            assertAll(
                    () -> assertEquals("34.50", USD_34_50.amount()),
                    () -> assertEquals("0.00", Money.zero("USD").amount()),
                    () -> assertEquals("-0.05", new Money(-5, "USD").amount()),
                    () -> assertEquals("673.33", new Money(67333, "USD").amount()),
                    () -> assertEquals("1.234", new Money(1234, "BHD").amount()),
                    () -> assertEquals("92233720368547758.07", new Money(Long.MAX_VALUE, "USD").amount()));
        }
    }

    @Nested
    class Equality {

        @Test
        void equalWhenAmountAndCurrencyAreEqual() {
            assertEquals(USD_34_50, Money.of("34.50", "USD"));
            assertEquals(USD_34_50.hashCode(), Money.of("34.5", "USD").hashCode());
            assertNotEquals(USD_34_50, new Money(3450, "EUR"), "same figure, another currency");
            assertNotEquals(USD_34_50, new Money(3451, "USD"));
        }
    }

    @Nested
    class Arithmetic {

        @Test
        void plusMinusAndTimesAreExact() {
            assertAll(
                    () -> assertEquals(new Money(10300, "USD"), USD_34_50.plus(new Money(6850, "USD"))),
                    () -> assertEquals(new Money(-3400, "USD"), USD_34_50.minus(new Money(6850, "USD"))),
                    () -> assertEquals(new Money(6900, "USD"), USD_34_50.times(2)),
                    () -> assertEquals(Money.zero("USD"), USD_34_50.times(0)),
                    () -> assertEquals(new Money(-3450, "USD"), USD_34_50.times(-1)),
                    // 0.10 added ten times is exactly 1.00, which a double would miss
                    () -> assertEquals(
                            Money.of("1.00", "USD"), Money.of("0.10", "USD").times(10)));
        }

        @Test
        void mixingCurrenciesIsRefused() {
            var euros = new Money(3450, "EUR");
            var e = assertThrows(CurrencyMismatchException.class, () -> USD_34_50.plus(euros));
            assertTrue(e.getMessage().contains("34.50 USD") && e.getMessage().contains("34.50 EUR"), e.getMessage());
            assertThrows(CurrencyMismatchException.class, () -> USD_34_50.minus(euros));
            assertThrows(CurrencyMismatchException.class, () -> USD_34_50.isGreaterThan(euros));
        }

        @Test
        void overflowIsRefusedNeverWrapped() {
            var most = new Money(Long.MAX_VALUE, "USD");
            var least = new Money(Long.MIN_VALUE, "USD");
            var cent = new Money(1, "USD");
            assertAll(
                    () -> assertThrows(ArithmeticException.class, () -> most.plus(cent)),
                    () -> assertThrows(ArithmeticException.class, () -> least.minus(cent)),
                    () -> assertThrows(ArithmeticException.class, () -> most.times(2)),
                    () -> assertThrows(ArithmeticException.class, () -> least.times(-1)),
                    () -> assertEquals(most, most.minus(cent).plus(cent)));
            var e = assertThrows(ArithmeticException.class, () -> most.plus(cent));
            assertTrue(e.getMessage().startsWith("money overflow"), e.getMessage());
        }

        @Test
        void comparisonAndSign() {
            assertTrue(new Money(6850, "USD").isGreaterThan(USD_34_50));
            assertFalse(USD_34_50.isGreaterThan(USD_34_50));
            assertTrue(new Money(-1, "USD").isNegative());
            assertFalse(Money.zero("USD").isNegative());
        }
    }
}
