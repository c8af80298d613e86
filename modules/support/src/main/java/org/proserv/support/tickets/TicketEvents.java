package org.proserv.support.tickets;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.function.Consumer;
import org.proserv.platform.events.Outbox;

/**
 * The ticket's events, recorded in the transaction of the change: each carries the ticket as it is after the change
 * (status, HotRush, category, engineer, charge, the answer it awaits and when that is due), so a receiver acts on it
 * without calling back, and what the change itself was.
 */
final class TicketEvents {

    static final String AGGREGATE = "ticket";

    private TicketEvents() {}

    static void record(Outbox outbox, EntityManager em, String what, Ticket ticket, Instant now) {
        record(outbox, em, what, ticket, now, b -> {});
    }

    static void record(
            Outbox outbox,
            EntityManager em,
            String what,
            Ticket ticket,
            Instant now,
            Consumer<JsonObjectBuilder> change) {
        var payload = Json.createObjectBuilder()
                .add("ticketId", ticket.id())
                .add("customerId", ticket.customerId())
                .add("licenceId", ticket.licenceId())
                .add("product", ticket.product())
                .add("productVersion", ticket.productVersion())
                .add("subject", ticket.subject())
                .add("status", ticket.status().name())
                .add("hotRush", ticket.hotRush())
                .add("chargedPoints", ticket.charge().chargedPoints())
                .add(
                        "firstResponseDueAt",
                        ticket.deadlines().firstResponseDueAt().toString());
        ticket.charge().category().ifPresent(c -> payload.add("category", c));
        ticket.charge().source().ifPresent(s -> payload.add("chargeSource", s.name()));
        ticket.engineer().ifPresent(e -> payload.add("engineer", e));
        ticket.deadlines().responseDueAt().ifPresent(due -> payload.add("responseDueAt", due.toString()));
        ticket.deadlines().responseDueKind().ifPresent(kind -> payload.add("awaitedResponse", kind.name()));
        change.accept(payload);
        outbox.record(em, "ticket." + what, AGGREGATE, ticket.id(), ticket.customerId(), payload.build(), now);
    }
}
