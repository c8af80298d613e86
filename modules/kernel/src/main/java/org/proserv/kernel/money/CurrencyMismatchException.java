package org.proserv.kernel.money;

/** Arithmetic or comparison of amounts in two different currencies: there is no exchange rate here. */
public class CurrencyMismatchException extends IllegalArgumentException {

    public CurrencyMismatchException(Money left, Money right) {
        super("cannot combine " + left + " and " + right + ": the currencies differ");
    }
}
