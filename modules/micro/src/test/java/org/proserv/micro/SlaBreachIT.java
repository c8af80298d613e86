package org.proserv.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestServer.Extension.class)
class SlaBreachIT {

    private TestServer server;
    private Fixtures fixtures;

    @BeforeEach
    void setUp(TestServer server) {
        this.server = server;
        this.fixtures = new Fixtures(server);
    }

    @Test
    void aBreachThatFellDueWhileNoSweepRanIsFlaggedExactlyOnceByConcurrentSweeps() throws Exception {
        var customer = fixtures.customer();
        var tickets = new ArrayList<Long>();
        for (int i = 0; i < 5; i++) {
            tickets.add(fixtures.openTicket(customer, "Down " + i)
                    .getJsonNumber("id")
                    .longValue());
        }
        var due = Fixtures.instant(
                customer.client().get("/api/tickets/" + tickets.get(0)).json().getJsonObject("sla"),
                "firstResponseDueAt");

        // "downtime": days pass at once, no sweep ran while the deadline went by
        server.advanceClock(Duration.ofDays(5));
        Instant afterDowntime =
                Fixtures.instant(fixtures.admin().get("/api/admin/clock").json(), "now");

        var pool = Executors.newFixedThreadPool(4);
        try {
            var start = new CountDownLatch(1);
            List<Callable<ProservClient.Answer>> sweeps = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sweeps.add(() -> {
                    start.await();
                    return fixtures.admin().post("/api/admin/sweeps/sla-breaches", "");
                });
            }
            List<Future<ProservClient.Answer>> results = new ArrayList<>();
            for (var sweep : sweeps) {
                results.add(pool.submit(sweep));
            }
            start.countDown();
            for (var result : results) {
                assertEquals(200, result.get().status(), () -> "sweep failed");
            }
        } finally {
            pool.shutdownNow();
        }
        fixtures.admin().post("/api/admin/sweeps/sla-breaches", "");

        for (long id : tickets) {
            var ticket = customer.client().get("/api/tickets/" + id).json();
            var sla = ticket.getJsonObject("sla");
            assertEquals("breached", sla.getString("state"));
            var breaches = sla.getJsonArray("breaches");
            assertEquals(1, breaches.size(), () -> "exactly one breach for ticket " + id + ": " + breaches);
            var breach = breaches.getJsonObject(0);
            assertEquals("FIRST_RESPONSE", breach.getString("kind"));
            assertEquals(Fixtures.instant(sla, "firstResponseDueAt"), Fixtures.instant(breach, "dueAt"));
            Instant detectedAt = Fixtures.instant(breach, "detectedAt");
            assertFalse(detectedAt.isBefore(afterDowntime), "detected after the downtime: " + breach);
            assertEquals(
                    Duration.between(Fixtures.instant(breach, "dueAt"), detectedAt),
                    Duration.parse(breach.getString("overdueAtDetection")),
                    "says by how much: " + breach);
        }
        assertTrue(due.isBefore(afterDowntime));
    }

    @Test
    void anAnswerInTimeMeetsTheSlaAndIsNeverFlagged() {
        var customer = fixtures.customer();
        var dispatcher = fixtures.staff("dispatcher");
        var engineer = fixtures.staff("engineer");
        long id = fixtures.openTicket(customer, "Quick one").getJsonNumber("id").longValue();
        fixtures.assign(dispatcher, id, engineer);
        var answered = fixtures.message(engineer.client(), id, "Here you go");
        assertEquals("met", answered.getJsonObject("sla").getString("state"));

        server.advanceClock(Duration.ofDays(3));
        fixtures.admin().post("/api/admin/sweeps/sla-breaches", "");
        var sla = customer.client().get("/api/tickets/" + id).json().getJsonObject("sla");
        assertEquals("met", sla.getString("state"));
        assertTrue(sla.getJsonArray("breaches").isEmpty());
        assertFalse(sla.containsKey("nextResponseDueAt"), "no staff answer awaited any more");
    }

    @Test
    void aLateAnswerStaysBreachedAndTheBreachIsVisibleToStaffAndCustomer() {
        var customer = fixtures.customer();
        var dispatcher = fixtures.staff("dispatcher");
        var engineer = fixtures.staff("engineer");
        long id = fixtures.openTicket(customer, "Late one").getJsonNumber("id").longValue();
        fixtures.assign(dispatcher, id, engineer);
        server.advanceClock(Duration.ofDays(4));
        fixtures.admin().post("/api/admin/sweeps/sla-breaches", "");
        var answered = fixtures.message(engineer.client(), id, "Sorry for the wait");
        assertEquals("breached", answered.getJsonObject("sla").getString("state"));
        fixtures.admin().post("/api/admin/sweeps/sla-breaches", "");

        assertEquals(
                1,
                customer.client()
                        .get("/api/tickets/" + id)
                        .json()
                        .getJsonObject("sla")
                        .getJsonArray("breaches")
                        .size());
        assertEquals(
                1,
                engineer.client()
                        .get("/api/tickets/" + id)
                        .json()
                        .getJsonObject("sla")
                        .getJsonArray("breaches")
                        .size());
    }

    private JsonObject sweepBreaches() {
        var sweep = fixtures.admin().post("/api/admin/sweeps/sla-breaches", "");
        assertEquals(200, sweep.status(), () -> "the breach sweep failed: " + sweep);
        return sweep.json();
    }

    private JsonObject sla(Fixtures.Customer customer, long ticket) {
        return customer.client().get("/api/tickets/" + ticket).json().getJsonObject("sla");
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    /** Opens an unrelated ticket, lets its deadline pass, and checks that the sweep still flags it. */
    private void anUnrelatedBreachIsStillFlagged() {
        var other = fixtures.customer();
        long ticket = id(fixtures.openTicket(other, "Unrelated"));
        server.advanceClock(Duration.ofDays(4));
        sweepBreaches();
        var breaches = sla(other, ticket).getJsonArray("breaches");
        assertEquals(1, breaches.size(), breaches::toString);
        assertEquals("FIRST_RESPONSE", breaches.getJsonObject(0).getString("kind"));
    }

    @Test
    void aTicketBackOnItsBreachedDeadlineAfterATopUpIsNotBreachedTwiceAndStopsNoSweep() {
        var customer = fixtures.customer(false);
        var dispatcher = fixtures.staff("dispatcher");
        fixtures.buy(customer, 120);
        long ticket = id(fixtures.openHotRush(customer, "Store down"));
        server.advanceClock(Duration.ofDays(3));
        sweepBreaches();
        assertEquals(1, sla(customer, ticket).getJsonArray("breaches").size());

        var waiting = fixtures.classify(dispatcher, ticket, "CODE_DEBUGGING");
        assertEquals("AWAITING_TOP_UP", waiting.getString("status"), "80 x 2 points, 120 held");
        fixtures.buy(customer, 60);
        var resumed = customer.client().get("/api/tickets/" + ticket).json();
        assertEquals("SUBMITTED", resumed.getString("status"));
        assertEquals("FIRST_RESPONSE", resumed.getJsonObject("sla").getString("nextResponseKind"));

        sweepBreaches();
        anUnrelatedBreachIsStillFlagged();
        var breaches = sla(customer, ticket).getJsonArray("breaches");
        assertEquals(1, breaches.size(), () -> "one breach per deadline, ever: " + breaches);
        assertEquals("breached", sla(customer, ticket).getString("state"));
    }

    @Test
    void aReopenedUnansweredTicketThatWaitsForATopUpIsNotBreachedTwice() {
        var customer = fixtures.customer(false);
        var dispatcher = fixtures.staff("dispatcher");
        var grant = dispatcher
                .client()
                .post(
                        "/api/customers/" + customer.id() + "/points/adjustments",
                        Json.createObjectBuilder()
                                .add("points", 10)
                                .add("note", "trial")
                                .build());
        assertEquals(201, grant.status(), grant::toString);
        long ticket = id(fixtures.openTicket(customer, "Debug me"));
        server.advanceClock(Duration.ofDays(4));
        sweepBreaches();
        assertEquals(
                "AWAITING_TOP_UP",
                fixtures.classify(dispatcher, ticket, "CODE_DEBUGGING").getString("status"));
        assertEquals(
                200,
                customer.client()
                        .post("/api/tickets/" + ticket + "/closure", "")
                        .status());
        var reopened = customer.client().post("/api/tickets/" + ticket + "/reopening", "{}");
        assertEquals(200, reopened.status(), reopened::toString);
        assertEquals("AWAITING_TOP_UP", reopened.json().getString("status"));
        fixtures.buy(customer, 120);

        sweepBreaches();
        anUnrelatedBreachIsStillFlagged();
        var breaches = sla(customer, ticket).getJsonArray("breaches");
        assertEquals(
                1,
                breaches.stream()
                        .filter(b -> b.asJsonObject().getString("kind").equals("FIRST_RESPONSE"))
                        .count(),
                breaches::toString);
    }

    @Test
    void aLateAnswerIsRecordedWithWhenItCameAndHowLateEvenBeforeAnySweepFoundIt() {
        var customer = fixtures.customer();
        var dispatcher = fixtures.staff("dispatcher");
        var engineer = fixtures.staff("engineer");
        long ticket = id(fixtures.openTicket(customer, "Nobody swept"));
        fixtures.assign(dispatcher, ticket, engineer);
        Instant due = Fixtures.instant(sla(customer, ticket), "firstResponseDueAt");
        server.advanceClock(Duration.ofDays(4));
        var answered = fixtures.message(engineer.client(), ticket, "Sorry for the wait");
        Instant answeredAt =
                Instant.parse(answered.getJsonArray("messages").getJsonObject(1).getString("postedAt"));
        sweepBreaches();

        var breaches = sla(customer, ticket).getJsonArray("breaches");
        assertEquals(1, breaches.size(), breaches::toString);
        var breach = breaches.getJsonObject(0);
        assertEquals(due, Fixtures.instant(breach, "dueAt"));
        assertEquals(answeredAt, Fixtures.instant(breach, "answeredAt"));
        assertEquals(Duration.between(due, answeredAt), Duration.parse(breach.getString("lateBy")));
        var business = customer.client()
                .get("/api/calendar/business-time?from=" + due + "&to=" + answeredAt)
                .json();
        assertEquals(
                Duration.parse(business.getString("businessTime")).truncatedTo(ChronoUnit.SECONDS),
                Duration.parse(breach.getString("lateByBusinessTime")),
                "in open hours, to the second");
    }

    @Test
    void aBreachFoundByTheSweepIsCompletedByTheLateAnswer() {
        var customer = fixtures.customer(false);
        var dispatcher = fixtures.staff("dispatcher");
        var engineer = fixtures.staff("engineer");
        fixtures.buy(customer, 120);
        long ticket = id(fixtures.openHotRush(customer, "Urgent and late"));
        fixtures.assign(dispatcher, ticket, engineer);
        fixtures.message(engineer.client(), ticket, "Looking");
        server.advanceClock(Duration.ofDays(3));
        sweepBreaches();
        var found = sla(customer, ticket).getJsonArray("breaches").getJsonObject(0);
        assertEquals("NEXT_UPDATE", found.getString("kind"));
        assertFalse(found.containsKey("answeredAt"), "not answered yet: " + found);

        var update = fixtures.message(engineer.client(), ticket, "Found it");
        Instant answeredAt =
                Instant.parse(update.getJsonArray("messages").getJsonObject(2).getString("postedAt"));
        var completed = sla(customer, ticket).getJsonArray("breaches").getJsonObject(0);
        assertEquals(answeredAt, Fixtures.instant(completed, "answeredAt"));
        assertTrue(Duration.parse(completed.getString("lateByBusinessTime")).compareTo(Duration.ZERO) > 0);
    }

    @Test
    void withdrawingHotRushAfterItsBreachLeavesTheSlaBreached() {
        var customer = fixtures.customer(false);
        var dispatcher = fixtures.staff("dispatcher");
        var engineer = fixtures.staff("engineer");
        fixtures.buy(customer, 120);
        long ticket = id(fixtures.openHotRush(customer, "Urgent, then not"));
        fixtures.assign(dispatcher, ticket, engineer);
        var opened = sla(customer, ticket);
        Instant standardDue = due(
                Fixtures.instant(customer.client().get("/api/tickets/" + ticket).json(), "submittedAt"), "PT16H");
        // past the two business hours, not yet past the standard business day
        server.advanceClock(Duration.between(Fixtures.instant(opened, "firstResponseDueAt"), standardDue)
                .dividedBy(2)
                .plus(Duration.between(serverNow(), Fixtures.instant(opened, "firstResponseDueAt"))));
        sweepBreaches();
        assertEquals("breached", sla(customer, ticket).getString("state"));

        var withdrawn = customer.client().delete("/api/tickets/" + ticket + "/hotrush");
        assertEquals(200, withdrawn.status(), withdrawn::toString);
        var sla = withdrawn.json().getJsonObject("sla");
        assertEquals(standardDue, Fixtures.instant(sla, "firstResponseDueAt"), "back under the standard SLA");
        assertEquals("breached", sla.getString("state"), "the HotRush breach stands: " + sla);
        var listed = customer.client().get("/api/tickets?size=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(t -> id(t) == ticket)
                .findFirst()
                .orElseThrow();
        assertEquals("breached", listed.getString("slaState"));
    }

    private Instant serverNow() {
        return Fixtures.instant(fixtures.admin().get("/api/admin/clock").json(), "now");
    }

    private Instant due(Instant start, String duration) {
        return Fixtures.instant(
                server.anonymous()
                        .get("/api/calendar/due?start=" + start + "&duration=" + duration)
                        .json(),
                "due");
    }
}
