package org.proserv.support.points;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.proserv.kernel.money.Money;
import org.proserv.platform.events.Outbox;

/**
 * The events of a customer's points, one aggregate per customer, recorded under the customer's points lock (which
 * orders them): what changed, on which lots, and the balance after it.
 */
public final class PointsEvents {

    static final String AGGREGATE = "points";

    private PointsEvents() {}

    static void record(
            Outbox outbox,
            EntityManager em,
            String what,
            long customerId,
            int available,
            Instant now,
            Consumer<JsonObjectBuilder> change) {
        var payload = Json.createObjectBuilder().add("customerId", customerId);
        change.accept(payload);
        payload.add("balance", available);
        outbox.record(em, "points." + what, AGGREGATE, customerId, customerId, payload.build(), now);
    }

    /** The entries a change appended, as the event lists them. */
    static Consumer<JsonObjectBuilder> entries(List<LedgerEntry> entries, Long ticketId, String note) {
        return b -> {
            var lots = Json.createArrayBuilder();
            int points = 0;
            for (LedgerEntry e : entries) {
                lots.add(Json.createObjectBuilder().add("lotId", e.lotId()).add("points", e.points()));
                points += e.points();
            }
            b.add("points", Math.abs(points)).add("entries", lots);
            if (ticketId != null) {
                b.add("ticketId", ticketId);
            }
            if (note != null) {
                b.add("note", note);
            }
        };
    }

    /** A price as every event shows one: exact cents with the currency, and the amount as written. */
    public static JsonObjectBuilder money(Money money) {
        return Json.createObjectBuilder()
                .add("cents", money.cents())
                .add("amount", money.amount())
                .add("currency", money.currency());
    }
}
