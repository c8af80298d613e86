package org.proserv.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proserv.micro.TicketLifecycleIT.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The event feed: what each change records, who reads what, and paging that misses and repeats nothing. */
@ExtendWith(TestServer.Extension.class)
class EventsIT {

    private TestServer server;
    private Fixtures fixtures;
    private ProservClient admin;

    @BeforeEach
    void setUp(TestServer server) {
        this.server = server;
        this.fixtures = new Fixtures(server);
        this.admin = server.admin();
    }

    @Test
    void aTicketsLifeIsRecordedInOrderNumberedPerTicket() {
        var dispatcher = fixtures.staff("dispatcher");
        var engineer = fixtures.staff("engineer");
        var alice = fixtures.customer(true);
        long start = end(admin);

        long id = fixtures.openTicket(alice, "Checkout is blank")
                .getJsonNumber("id")
                .longValue();
        fixtures.assign(dispatcher, id, engineer);
        fixtures.message(engineer.client(), id, "Clear the cache, then retry.");
        fixtures.message(alice.client(), id, "It works, thanks!");
        assertEquals(
                200,
                alice.client().post("/api/tickets/" + id + "/confirmation", "").status());
        assertEquals(
                200,
                engineer.client().post("/api/tickets/" + id + "/closure", "").status());
        assertEquals(
                200,
                alice.client().post("/api/tickets/" + id + "/reopening", "{}").status());

        List<JsonObject> events = readAll(admin, start, "").stream()
                .filter(e -> e.getString("aggregateType").equals("ticket")
                        && e.getJsonNumber("aggregateId").longValue() == id)
                .toList();
        assertEquals(
                List.of(
                        "ticket.submitted",
                        "ticket.classified",
                        "ticket.assigned",
                        "ticket.answered",
                        "ticket.closed",
                        "ticket.reopened"),
                events.stream().map(e -> e.getString("type")).toList());
        assertEquals(
                LongStream.rangeClosed(1, events.size()).boxed().toList(),
                events.stream()
                        .map(e -> e.getJsonNumber("sequence").longValue())
                        .toList(),
                "numbered 1, 2, 3... per ticket, in feed order");
        var submitted = events.get(0);
        assertEquals(alice.id(), submitted.getJsonNumber("customerId").longValue());
        var payload = submitted.getJsonObject("payload");
        assertEquals(id, payload.getJsonNumber("ticketId").longValue());
        assertEquals("Checkout is blank", payload.getString("subject"));
        assertTrue(payload.containsKey("firstResponseDueAt"), payload::toString);
        var assigned = events.get(2).getJsonObject("payload");
        assertEquals(engineer.username(), assigned.getString("engineer"));
        assertEquals(true, events.get(3).getJsonObject("payload").getBoolean("deadlineMet"));
        assertEquals("CLOSED", events.get(4).getJsonObject("payload").getString("status"));
    }

    @Test
    void aCustomerReadsOnlyTheirOwnEventsAndStaffReadEveryone() {
        var alice = fixtures.customer(true);
        var bob = fixtures.customer(true);
        long start = end(admin);
        long aliceTicket =
                fixtures.openTicket(alice, "Mine").getJsonNumber("id").longValue();
        long bobTicket = fixtures.openTicket(bob, "His").getJsonNumber("id").longValue();

        var aliceSees = readAll(alice.client(), 0, "&types=ticket.submitted");
        assertTrue(
                aliceSees.stream().allMatch(e -> e.getJsonNumber("customerId").longValue() == alice.id()));
        assertTrue(ids(aliceSees).contains(aliceTicket));
        assertTrue(!ids(aliceSees).contains(bobTicket));

        var staffSee = readAll(fixtures.staff("engineer").client(), start, "&types=ticket.submitted");
        assertTrue(ids(staffSee).containsAll(List.of(aliceTicket, bobTicket)));
    }

    @Test
    void theFeedPagesWithoutGapsOrRepeatsWhileEventsAreWritten() throws Exception {
        var customers = List.of(fixtures.customer(true), fixtures.customer(true), fixtures.customer(true));
        long start = end(admin);
        ExecutorService writers = Executors.newFixedThreadPool(3);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Future<List<Long>>> written = new ArrayList<>();
        for (var customer : customers) {
            Callable<List<Long>> writer = () -> {
                List<Long> tickets = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    tickets.add(fixtures.openTicket(customer, "Concurrent " + i)
                            .getJsonNumber("id")
                            .longValue());
                }
                return tickets;
            };
            written.add(writers.submit(writer));
        }
        List<JsonObject> seen = new ArrayList<>();
        long cursor = start;
        Set<Long> expected = new HashSet<>();
        try {
            while (writing.get()) {
                var page = page(admin, cursor, "&types=ticket.submitted&size=7");
                page.getJsonArray("events").forEach(e -> seen.add(e.asJsonObject()));
                cursor = page.getJsonNumber("next").longValue();
                if (written.stream().allMatch(Future::isDone)) {
                    writing.set(false);
                }
            }
            for (var future : written) {
                expected.addAll(future.get());
            }
        } finally {
            writers.shutdown();
        }
        seen.addAll(readAll(admin, cursor, "&types=ticket.submitted"));
        List<Long> positions =
                seen.stream().map(e -> e.getJsonNumber("position").longValue()).toList();
        for (int i = 1; i < positions.size(); i++) {
            assertTrue(positions.get(i) > positions.get(i - 1), "strictly increasing, no repeats: " + positions);
        }
        assertTrue(ids(seen).containsAll(expected), "every ticket written meanwhile is in the feed");
        assertEquals(36, expected.size());
    }

    @Test
    void concurrentSpendsAreEachRecordedInOrderWithoutExhaustingTheConnectionPool() throws Exception {
        var dispatcher = fixtures.staff("dispatcher");
        var customer = fixtures.customer(false);
        fixtures.buy(customer, 1200);
        long ticket = fixtures.openTicket(customer, "Lots of work")
                .getJsonNumber("id")
                .longValue();
        int spends = 60;
        ExecutorService pool = Executors.newFixedThreadPool(40);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < spends; i++) {
                answers.add(pool.submit(() -> dispatcher
                        .client()
                        .post(
                                "/api/customers/" + customer.id() + "/points/spends",
                                Json.createObjectBuilder()
                                        .add("points", 1)
                                        .add("ticketId", ticket)
                                        .add("reason", "one point")
                                        .build())
                        .status()));
            }
            for (var answer : answers) {
                assertEquals(201, answer.get());
            }
        } finally {
            pool.shutdown();
        }
        List<JsonObject> events = readAll(customer.client(), 0, "&types=points.purchased,points.spent");
        assertEquals(spends + 1, events.size());
        assertEquals(
                LongStream.rangeClosed(1, spends + 1).boxed().toList(),
                events.stream()
                        .map(e -> e.getJsonNumber("sequence").longValue())
                        .toList(),
                "one customer's points events are numbered without gaps");
        List<Integer> balances = events.stream()
                .map(e -> e.getJsonObject("payload").getInt("balance"))
                .toList();
        assertEquals(
                LongStream.rangeClosed(0, spends).map(i -> 1200 - i).boxed().toList(),
                balances.stream().map(Integer::longValue).toList(),
                "each event carries the balance after its change, in the order of the changes");
    }

    @Test
    void aBadCursorTypeOrSizeIsRefusedNamingTheParameter() {
        assertProblem(400, admin.get("/api/events?after=abc"));
        assertTrue(admin.get("/api/events?after=abc").body().contains("after"));
        assertTrue(admin.get("/api/events?size=101").body().contains("size"));
        assertTrue(admin.get("/api/events?types=Ticket").body().contains("types"));
        assertEquals(401, server.anonymous().get("/api/events").status());
    }

    private static Set<Long> ids(List<JsonObject> events) {
        Set<Long> ids = new HashSet<>();
        events.forEach(e ->
                ids.add(e.getJsonObject("payload").getJsonNumber("ticketId").longValue()));
        return ids;
    }

    private static JsonObject page(ProservClient reader, long after, String query) {
        var answer = reader.get("/api/events?after=" + after + query);
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    /** Every event after the cursor, page by page. */
    static List<JsonObject> readAll(ProservClient reader, long after, String query) {
        List<JsonObject> all = new ArrayList<>();
        long cursor = after;
        while (true) {
            var page = page(reader, cursor, query + "&size=100");
            page.getJsonArray("events").forEach(e -> all.add(e.asJsonObject()));
            cursor = page.getJsonNumber("next").longValue();
            if (!page.getBoolean("more")) {
                return all;
            }
        }
    }

    /** The feed's end now: the cursor from which only later events are read. */
    static long end(ProservClient reader) {
        long cursor = 0;
        while (true) {
            var page = page(reader, cursor, "&size=100");
            cursor = page.getJsonNumber("next").longValue();
            if (!page.getBoolean("more")) {
                return cursor;
            }
        }
    }
}
