/**
 * Money: an exact amount in the minor unit (cents) of an ISO 4217 currency, and the arithmetic on it. Whatever has a
 * price holds a {@link org.proserv.kernel.money.Money}; no amount of money is ever a floating-point number, and nothing
 * is rounded: an amount that does not fit the currency's minor unit is refused.
 */
package org.proserv.kernel.money;
