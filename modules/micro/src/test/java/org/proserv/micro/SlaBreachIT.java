package org.proserv.micro;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
            tickets.add(fixtures.openTicket(customer, "Down " + i).getJsonNumber("id").longValue());
        }
        var due = Fixtures.instant(customer.client().get("/api/tickets/" + tickets.get(0)).json()
                .getJsonObject("sla"), "firstResponseDueAt");

        // "downtime": days pass at once, no sweep ran while the deadline went by
        server.advanceClock(Duration.ofDays(5));
        Instant afterDowntime = Fixtures.instant(fixtures.admin().get("/api/admin/clock").json(), "now");

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
            assertEquals(Duration.between(Fixtures.instant(breach, "dueAt"), detectedAt),
                    Duration.parse(breach.getString("overdueAtDetection")), "says by how much: " + breach);
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

        assertEquals(1, customer.client().get("/api/tickets/" + id).json()
                .getJsonObject("sla").getJsonArray("breaches").size());
        assertEquals(1, engineer.client().get("/api/tickets/" + id).json()
                .getJsonObject("sla").getJsonArray("breaches").size());
    }
}
