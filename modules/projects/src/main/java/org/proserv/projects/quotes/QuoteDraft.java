package org.proserv.projects.quotes;

import java.util.List;
import org.proserv.kernel.money.Money;
import org.proserv.projects.billing.PlanPart;

/**
 * What a quote manager writes: the items, the timeframe in days, the base the work is built for, and (above the
 * single-payment limit) the payment parts.
 */
public record QuoteDraft(List<Item> items, Integer timeframeDays, Base base, List<PlanPart> parts) {

    /** One line of the quote: what, how many hours, at what price. */
    public record Item(String description, Integer hours, Money price) {}

    /** The software version, add-on modules and skin the customization is made and guaranteed for. */
    public record Base(String product, String version, List<String> modules, String skin) {
        public Base {
            modules = modules == null ? List.of() : List.copyOf(modules);
        }
    }

    public QuoteDraft {
        items = items == null ? List.of() : List.copyOf(items);
        parts = parts == null ? List.of() : List.copyOf(parts);
    }
}
