package org.proserv.kernel.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * An exact amount of money: a whole number of the currency's minor unit (cents for USD, yen for JPY) and the currency's
 * ISO 4217 code. Immutable; equal when both the amount and the currency are. Arithmetic refuses mixing currencies and
 * overflowing, and parsing refuses more fraction digits than the currency has, instead of rounding.
 *
 * @param cents the amount in the currency's minor unit (may be negative, e.g. a difference)
 * @param currency the ISO 4217 code, three upper-case letters
 */
public record Money(long cents, String currency) {

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    public Money {
        fractionDigits(currency);
    }

    /** The amount a decimal string such as {@code "34.50"} says, in the currency's minor unit. */
    public static Money of(String amount, String currency) {
        int digits = fractionDigits(currency);
        if (amount == null || !DECIMAL.matcher(amount).matches()) {
            throw new IllegalArgumentException("amount " + (amount == null ? "is missing" : "'" + amount + "'")
                    + ": expected a decimal number such as 34.50");
        }
        var decimal = new BigDecimal(amount);
        if (decimal.scale() > digits) {
            throw new IllegalArgumentException("amount " + amount + " has " + decimal.scale() + " fraction digits; "
                    + currency + " has " + digits);
        }
        try {
            return new Money(decimal.movePointRight(digits).longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount " + amount + " is too large", e);
        }
    }

    /** The inverse of {@link #toString()}: an amount, one space and the currency, as in {@code "34.50 USD"}. */
    public static Money parse(String text) {
        int space = text == null ? -1 : text.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException(
                    "money '" + text + "': expected an amount and a currency, " + "as in 34.50 USD");
        }
        return of(text.substring(0, space), text.substring(space + 1));
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    /** The amount as a plain decimal string with exactly the currency's fraction digits: {@code "34.50"}. */
    public String amount() {
        return BigDecimal.valueOf(cents, fractionDigits(currency)).toPlainString();
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        try {
            return new Money(Math.addExact(cents, other.cents), currency);
        } catch (ArithmeticException e) {
            throw overflow(this + " + " + other, e);
        }
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        try {
            return new Money(Math.subtractExact(cents, other.cents), currency);
        } catch (ArithmeticException e) {
            throw overflow(this + " - " + other, e);
        }
    }

    public Money times(int factor) {
        try {
            return new Money(Math.multiplyExact(cents, factor), currency);
        } catch (ArithmeticException e) {
            throw overflow(this + " x " + factor, e);
        }
    }

    public boolean isNegative() {
        return cents < 0;
    }

    public boolean isGreaterThan(Money other) {
        requireSameCurrency(other);
        return cents > other.cents;
    }

    @Override
    public String toString() {
        return amount() + " " + currency;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(this, other);
        }
    }

    private static ArithmeticException overflow(String operation, ArithmeticException cause) {
        var overflow = new ArithmeticException("money overflow: " + operation);
        overflow.initCause(cause);
        return overflow;
    }

    private static int fractionDigits(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("currency " + (code == null ? "is missing" : "'" + code + "'")
                    + ": expected an ISO 4217 code of three upper-case letters, such as USD");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency " + code + " is not an ISO 4217 currency", e);
        }
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException("currency " + code + " has no minor unit (not money one can price in)");
        }
        return digits;
    }
}
