package org.proserv.rest.json;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.money.Money;

/** A price in a request body: a decimal string and a currency, read exactly or refused naming the field. */
@Schema(
        name = "MoneyInput",
        description = "An exact amount of money: a decimal string with at most the "
                + "currency's fraction digits (34.505 USD is refused, never rounded) and an ISO 4217 currency code.",
        example = "{\"amount\": \"34.50\", \"currency\": \"USD\"}")
public class MoneyInput {

    @NotNull
    @Schema(description = "A decimal number as a string", example = "34.50")
    public String amount;

    @NotNull
    @Schema(description = "ISO 4217 currency code, three upper-case letters", example = "USD")
    public String currency;

    /** The money this says; 400 naming {@code field.currency} or {@code field.amount} when it says none. */
    public Money toMoney(String field) {
        try {
            Money.zero(currency);
        } catch (IllegalArgumentException e) {
            throw ProservException.invalid(field + ".currency", e.getMessage());
        }
        try {
            return Money.of(amount, currency);
        } catch (IllegalArgumentException e) {
            throw ProservException.invalid(field + ".amount", e.getMessage());
        }
    }
}
