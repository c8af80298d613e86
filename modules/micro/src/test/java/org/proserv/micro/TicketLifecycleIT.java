package org.proserv.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestServer.Extension.class)
class TicketLifecycleIT {

    private TestServer server;
    private Fixtures fixtures;
    private Fixtures.Staff dispatcher;
    private Fixtures.Staff engineer;

    @BeforeEach
    void setUp(TestServer server) {
        this.server = server;
        this.fixtures = new Fixtures(server);
        this.dispatcher = fixtures.staff("dispatcher");
        this.engineer = fixtures.staff("engineer");
    }

    @Test
    void aTicketGoesFromSubmittedToClosedWithItsHistoryAndSla() {
        var alice = fixtures.customer();
        var opened = fixtures.openTicket(alice, "Checkout fails");
        long id = opened.getJsonNumber("id").longValue();
        assertEquals("SUBMITTED", opened.getString("status"));
        var sla = opened.getJsonObject("sla");
        assertEquals("running", sla.getString("state"));
        var submitted = Fixtures.instant(opened, "submittedAt");
        var due = Fixtures.instant(sla, "firstResponseDueAt");
        var expected = server.anonymous().get("/api/calendar/due?start=" + submitted + "&duration=PT16H");
        assertEquals(Fixtures.instant(expected.json(), "due"), due, "first answer due one business day later");

        var assigned = fixtures.assign(dispatcher, id, engineer);
        assertEquals("ASSIGNED", assigned.getString("status"));
        assertEquals(engineer.username(), assigned.getString("engineer"));

        var answered = fixtures.message(engineer.client(), id, "Clear the cache, then retry.");
        assertEquals("IN_PROGRESS", answered.getString("status"));
        assertEquals("met", answered.getJsonObject("sla").getString("state"));
        assertTrue(answered.getJsonObject("sla").containsKey("firstResponseBusinessTime"));

        fixtures.message(alice.client(), id, "It works, thanks!");
        var confirmed = alice.client().post("/api/tickets/" + id + "/confirmation", "");
        assertEquals(200, confirmed.status(), confirmed::toString);
        var closed = engineer.client().post("/api/tickets/" + id + "/closure", "");
        assertEquals(200, closed.status(), closed::toString);
        assertEquals("CLOSED", closed.json().getString("status"));

        var read = alice.client().get("/api/tickets/" + id).json();
        assertEquals(
                List.of("Please help", "Clear the cache, then retry.", "It works, thanks!"),
                read.getJsonArray("messages").stream()
                        .map(m -> m.asJsonObject().getString("body"))
                        .toList());
        assertEquals(
                List.of(false, true, false),
                read.getJsonArray("messages").stream()
                        .map(m -> m.asJsonObject().getBoolean("fromStaff"))
                        .toList());

        var history = alice.client().get("/api/tickets/" + id + "/history").array();
        assertEquals(
                List.of("SUBMITTED", "SUBMITTED", "ASSIGNED", "IN_PROGRESS", "IN_PROGRESS", "CLOSED"),
                history.stream().map(h -> h.asJsonObject().getString("to")).toList());
        assertEquals(
                List.of(
                        alice.username(),
                        dispatcher.username(),
                        dispatcher.username(),
                        engineer.username(),
                        alice.username(),
                        engineer.username()),
                history.stream().map(h -> h.asJsonObject().getString("actor")).toList());
        assertTrue(history.getJsonObject(1).getString("note").startsWith("classified as"), history::toString);
    }

    @Test
    void illegalTransitionsAreConflictsAndChangeNothing() {
        var bob = fixtures.customer();
        long id = fixtures.openTicket(bob, "Slow admin").getJsonNumber("id").longValue();

        var answerBeforeAssign = engineer.client()
                .post(
                        "/api/tickets/" + id + "/messages",
                        Json.createObjectBuilder().add("body", "Hi").build());
        assertProblem(409, answerBeforeAssign);
        var reopenOpen = bob.client().post("/api/tickets/" + id + "/reopening", "{}");
        assertProblem(409, reopenOpen);
        var confirmUnanswered = bob.client().post("/api/tickets/" + id + "/confirmation", "");
        assertProblem(409, confirmUnanswered);

        fixtures.assign(dispatcher, id, engineer);
        fixtures.message(engineer.client(), id, "Which version?");
        var staffCloseUnconfirmed = engineer.client().post("/api/tickets/" + id + "/closure", "");
        assertProblem(409, staffCloseUnconfirmed);

        var read = bob.client().get("/api/tickets/" + id).json();
        assertEquals("IN_PROGRESS", read.getString("status"));
        assertEquals(2, read.getJsonArray("messages").size());
        assertEquals(
                4,
                bob.client().get("/api/tickets/" + id + "/history").array().size(),
                "submitted, classified, assigned, answered: the refused steps left no trace");

        assertEquals(
                200, bob.client().post("/api/tickets/" + id + "/closure", "").status());
        var messageOnClosed = bob.client()
                .post(
                        "/api/tickets/" + id + "/messages",
                        Json.createObjectBuilder().add("body", "one more thing").build());
        assertProblem(409, messageOnClosed);
        var assignClosed = dispatcher
                .client()
                .post(
                        "/api/tickets/" + id + "/assignment",
                        Json.createObjectBuilder()
                                .add("engineer", engineer.username())
                                .build());
        assertProblem(409, assignClosed);
    }

    @Test
    void silentTicketsArePreClosedAfterSevenDaysAndClosedThreeDaysLater() {
        var carol = fixtures.customer();
        long id =
                fixtures.openTicket(carol, "Images missing").getJsonNumber("id").longValue();
        fixtures.assign(dispatcher, id, engineer);
        fixtures.message(engineer.client(), id, "Re-upload them, please.");

        server.advanceClock(Duration.ofDays(6));
        runSweep("pre-close");
        assertEquals("IN_PROGRESS", status(carol, id), "six silent days are not enough");

        server.advanceClock(Duration.ofDays(1).plusMinutes(1));
        runSweep("pre-close");
        assertEquals("PRE_CLOSED", status(carol, id));
        var notices = carol.client()
                .get("/api/customers/" + carol.id() + "/notices")
                .json()
                .getJsonArray("items");
        assertEquals(1, notices.size(), "the customer is told once: " + notices);
        assertEquals("TICKET_PRE_CLOSED", notices.getJsonObject(0).getString("kind"));
        assertEquals(id, notices.getJsonObject(0).getJsonNumber("ticketId").longValue());

        server.advanceClock(Duration.ofDays(2));
        runSweep("auto-close");
        assertEquals("PRE_CLOSED", status(carol, id), "closes only three days after pre-closing");

        server.advanceClock(Duration.ofDays(1).plusMinutes(1));
        runSweep("auto-close");
        assertEquals("CLOSED", status(carol, id));
        var history = carol.client().get("/api/tickets/" + id + "/history").array();
        var last = history.getJsonObject(history.size() - 1);
        assertEquals("system", last.getString("actor"));
        assertEquals("PRE_CLOSED", last.getString("from"));
    }

    @Test
    void aCustomerAnswerRevivesAPreClosedTicket() {
        var dave = fixtures.customer();
        long id = fixtures.openTicket(dave, "Mail not sent").getJsonNumber("id").longValue();
        fixtures.assign(dispatcher, id, engineer);
        fixtures.message(engineer.client(), id, "Check SMTP settings.");
        server.advanceClock(Duration.ofDays(7).plusMinutes(1));
        runSweep("pre-close");
        assertEquals("PRE_CLOSED", status(dave, id));

        var revived = fixtures.message(dave.client(), id, "Still broken.");
        assertEquals("IN_PROGRESS", revived.getString("status"));
        server.advanceClock(Duration.ofDays(3).plusMinutes(1));
        runSweep("auto-close");
        assertEquals("IN_PROGRESS", status(dave, id), "a revived ticket no longer closes by itself");
    }

    @Test
    void aClosedTicketCanBeReopenedWithinFourteenDaysOnly() {
        var erin = fixtures.customer();
        long early = fixtures.openTicket(erin, "Tax rates").getJsonNumber("id").longValue();
        long late =
                fixtures.openTicket(erin, "Shipping rates").getJsonNumber("id").longValue();
        for (long id : new long[] {early, late}) {
            fixtures.assign(dispatcher, id, engineer);
            fixtures.message(engineer.client(), id, "Done.");
            assertEquals(
                    200,
                    erin.client().post("/api/tickets/" + id + "/closure", "").status());
        }
        server.advanceClock(Duration.ofDays(13));
        var reopened = erin.client()
                .post(
                        "/api/tickets/" + early + "/reopening",
                        Json.createObjectBuilder()
                                .add("message", "It broke again")
                                .build());
        assertEquals(200, reopened.status(), reopened::toString);
        assertEquals("IN_PROGRESS", reopened.json().getString("status"));
        var sla = reopened.json().getJsonObject("sla");
        assertEquals("FOLLOW_UP", sla.getString("nextResponseKind"), "a fresh staff answer is due");

        server.advanceClock(Duration.ofDays(1).plusMinutes(1));
        var tooLate = erin.client().post("/api/tickets/" + late + "/reopening", "{}");
        assertProblem(409, tooLate);
        assertEquals("CLOSED", status(erin, late));
    }

    @Test
    void theStaffQueueComesInDueOrder() {
        var frank = fixtures.customer();
        long first = fixtures.openTicket(frank, "First").getJsonNumber("id").longValue();
        long second = fixtures.openTicket(frank, "Second").getJsonNumber("id").longValue();
        var queue = fixtures.queue(dispatcher, "SUBMITTED");
        var ids = queue.stream().map(i -> i.getJsonNumber("id").longValue()).toList();
        assertTrue(ids.indexOf(first) >= 0 && ids.indexOf(first) < ids.indexOf(second), ids::toString);
        Fixtures.assertQueueOrder(queue);
        var own = frank.client().get("/api/tickets").json();
        assertEquals(2, own.getInt("total"));
    }

    @Test
    void aDeveloperLicenceWithoutSubscriptionIsToldHowToGetSupport() {
        var gina = fixtures.customer(false);
        var refused = gina.client()
                .post(
                        "/api/tickets",
                        Json.createObjectBuilder()
                                .add("licenceId", gina.licenceId())
                                .add("subject", "Help")
                                .add("message", "Please")
                                .build());
        assertProblem(403, refused);
        assertTrue(refused.json().getString("detail").contains("subscribe"), refused::toString);
        assertEquals(0, gina.client().get("/api/tickets").json().getInt("total"));

        var now = Instant.parse(fixtures.admin().get("/api/admin/clock").json().getString("now"));
        fixtures.subscribe(gina, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3650)));
        var accepted = gina.client()
                .post(
                        "/api/tickets",
                        Json.createObjectBuilder()
                                .add("licenceId", gina.licenceId())
                                .add("subject", "Help")
                                .add("message", "Please")
                                .build());
        assertEquals(201, accepted.status(), accepted::toString);
    }

    private String status(Fixtures.Customer customer, long id) {
        return customer.client().get("/api/tickets/" + id).json().getString("status");
    }

    private void runSweep(String sweep) {
        var answer = fixtures.admin().post("/api/admin/sweeps/" + sweep, "");
        assertEquals(200, answer.status(), answer::toString);
    }

    static void assertProblem(int status, ProservClient.Answer answer) {
        assertEquals(status, answer.status(), answer::toString);
        assertTrue(answer.isProblem(), () -> "problem+json expected: " + answer.contentType());
        JsonObject problem = answer.json();
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.containsKey("type") && problem.containsKey("title"), problem::toString);
    }
}
