package org.proserv.rest.projects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.proserv.projects.billing.PlanPart;
import org.proserv.projects.quotes.QuoteDraft;
import org.proserv.rest.json.MoneyInput;

/** A quote (or a revision of one) as a quote manager writes it. */
public class QuoteInput {

    public static class Item {
        @NotBlank
        @Size(max = 2000)
        public String description;

        @NotNull
        @Min(0)
        @Max(100_000)
        public Integer hours;

        @NotNull
        @Valid
        public MoneyInput price;
    }

    public static class Base {
        @NotBlank
        @Size(max = 100)
        public String product;

        @NotBlank
        @Size(max = 40)
        public String version;

        @Size(max = 50)
        public List<@NotBlank @Size(max = 200) String> modules;

        @NotBlank
        @Size(max = 200)
        public String skin;
    }

    public static class Part {
        @NotBlank
        @Size(max = 2000)
        public String scope;

        @NotNull
        @Valid
        public MoneyInput amount;
    }

    @NotNull
    @Size(min = 1, max = 200)
    public List<@NotNull @Valid Item> items;

    @NotNull
    @Min(1)
    @Max(3650)
    public Integer timeframeDays;

    @NotNull
    @Valid
    public Base base;

    /** Only above the single-payment limit: the payment parts, summing exactly to the total. */
    @Size(max = 20)
    public List<@NotNull @Valid Part> parts;

    /** For a revision: what changed (kept in the history). */
    @Size(max = 500)
    public String note;

    QuoteDraft draft() {
        var lines = new ArrayList<QuoteDraft.Item>();
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            lines.add(new QuoteDraft.Item(item.description, item.hours, item.price.toMoney("items[" + i + "].price")));
        }
        var planned = new ArrayList<PlanPart>();
        if (parts != null) {
            for (int i = 0; i < parts.size(); i++) {
                var part = parts.get(i);
                planned.add(new PlanPart(part.scope, part.amount.toMoney("parts[" + i + "].amount")));
            }
        }
        return new QuoteDraft(
                lines,
                timeframeDays,
                new QuoteDraft.Base(base.product, base.version, base.modules, base.skin),
                planned);
    }
}
