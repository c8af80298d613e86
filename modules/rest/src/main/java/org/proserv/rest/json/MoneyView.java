package org.proserv.rest.json;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proserv.kernel.money.Money;

/**
 * How every price looks in a response, the same wherever one appears: the amount in the currency's minor unit, the same
 * amount as an exact decimal string, and the currency.
 */
@Schema(
        name = "Money",
        description = "An exact amount of money. Never a floating-point number: cents is the "
                + "amount in the currency's minor unit (cents, or yen for JPY), amount the same as a decimal string "
                + "with "
                + "exactly the currency's fraction digits.",
        example = "{\"cents\": 3450, \"amount\": \"34.50\", \"currency\": \"USD\"}")
public record MoneyView(
        @Schema(description = "The amount in the currency's minor unit", example = "3450")
        long cents,

        @Schema(description = "The amount as a decimal string", example = "34.50")
        String amount,

        @Schema(description = "ISO 4217 currency code", example = "USD")
        String currency) {

    public static MoneyView of(Money money) {
        return new MoneyView(money.cents(), money.amount(), money.currency());
    }
}
