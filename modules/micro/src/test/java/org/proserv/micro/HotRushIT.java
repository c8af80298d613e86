package org.proserv.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proserv.micro.TicketLifecycleIT.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestServer.Extension.class)
class HotRushIT {

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
    void hotRushNeedsEnoughPointsIsAnsweredWithinTwoBusinessHoursAndComesFirst() {
        var customer = fixtures.customer(false);
        fixtures.buy(customer, 60);
        var refused = customer.client()
                .post(
                        "/api/tickets",
                        Json.createObjectBuilder()
                                .add("licenceId", customer.licenceId())
                                .add("subject", "Down")
                                .add("message", "Help")
                                .add("hotRush", true)
                                .build());
        assertProblem(402, refused);
        assertTrue(refused.json().getString("detail").contains("120"), refused::toString);

        fixtures.buy(customer, 120);
        var standard = fixtures.openTicket(customer, "Not urgent");
        var urgent = fixtures.openHotRush(customer, "Store is down");
        assertTrue(urgent.getJsonObject("hotRush").getBoolean("active"));
        Instant submitted = Fixtures.instant(urgent, "submittedAt");
        assertEquals(due(submitted, "PT2H"), Fixtures.instant(urgent.getJsonObject("sla"), "firstResponseDueAt"));

        var queue = fixtures.queue(dispatcher, "SUBMITTED");
        Fixtures.assertQueueOrder(queue);
        var ids = queue.stream().map(i -> i.getJsonNumber("id").longValue()).toList();
        assertTrue(ids.indexOf(id(urgent)) >= 0 && ids.indexOf(id(urgent)) < ids.indexOf(id(standard)), ids::toString);
    }

    @Test
    void theChargeIsDoubledAndReclassifyingAdjustsItWithoutChargingTwice() {
        var customer = fixtures.customer(false);
        fixtures.buy(customer, 300);
        long ticket = id(fixtures.openHotRush(customer, "Checkout broken"));
        var classified = fixtures.classify(dispatcher, ticket, "STORE_PROBLEM");
        var charge = classified.getJsonObject("charge");
        assertEquals(25, charge.getInt("categoryPoints"));
        assertEquals(50, charge.getInt("chargedPoints"), "HotRush doubles the price");
        assertEquals("POINTS", charge.getString("source"));
        assertEquals(250, fixtures.balance(customer).getInt("balance"));

        var reclassified = fixtures.classify(dispatcher, ticket, "FEATURE_CONSULTATION");
        assertEquals(20, reclassified.getJsonObject("charge").getInt("chargedPoints"));
        assertEquals(280, fixtures.balance(customer).getInt("balance"));
        var entries = reclassified.getJsonObject("charge").getJsonArray("entries");
        assertEquals(
                List.of("SPEND", "RETURN"),
                entries.stream().map(e -> e.asJsonObject().getString("kind")).toList());
        assertEquals(
                -20,
                entries.stream()
                        .mapToInt(e -> e.asJsonObject().getInt("points"))
                        .sum());

        fixtures.assign(dispatcher, ticket, engineer);
        fixtures.message(engineer.client(), ticket, "Looking into it");
        var late = dispatcher
                .client()
                .post(
                        "/api/tickets/" + ticket + "/classification",
                        Json.createObjectBuilder()
                                .add("category", "CODE_DEBUGGING")
                                .build());
        assertProblem(409, late);
        assertEquals(280, fixtures.balance(customer).getInt("balance"));
    }

    @Test
    void eachStaffReportStartsTheNextTwoHourDeadlineAndMissingItIsABreach() {
        var customer = fixtures.customer(false);
        fixtures.buy(customer, 120);
        long ticket = id(fixtures.openHotRush(customer, "Payments fail"));
        fixtures.assign(dispatcher, ticket, engineer);
        var answered = fixtures.message(engineer.client(), ticket, "First findings");
        var sla = answered.getJsonObject("sla");
        Instant answeredAt =
                Instant.parse(answered.getJsonArray("messages").getJsonObject(1).getString("postedAt"));
        assertEquals("NEXT_UPDATE", sla.getString("nextResponseKind"));
        assertEquals(due(answeredAt, "PT2H"), Fixtures.instant(sla, "nextResponseDueAt"));

        server.advanceClock(Duration.ofDays(2));
        var sweep = fixtures.admin().post("/api/admin/sweeps/sla-breaches", "");
        assertEquals(200, sweep.status());
        var breaches = customer.client()
                .get("/api/tickets/" + ticket)
                .json()
                .getJsonObject("sla")
                .getJsonArray("breaches");
        assertEquals(1, breaches.size(), breaches::toString);
        assertEquals("NEXT_UPDATE", breaches.getJsonObject(0).getString("kind"));
        assertEquals(due(answeredAt, "PT2H"), Fixtures.instant(breaches.getJsonObject(0), "dueAt"));
    }

    @Test
    void uncheckingWhileSubmittedIsFreeButWithdrawalsAreCountedAndTheFourthIsRefused() {
        var customer = fixtures.customer(false);
        fixtures.buy(customer, 1200);
        long oops = id(fixtures.openHotRush(customer, "Oops"));
        fixtures.classify(dispatcher, oops, "STORE_PROBLEM");
        assertEquals(1150, fixtures.balance(customer).getInt("balance"), "classified while queued: 25 x 2");
        var unchecked = customer.client().delete("/api/tickets/" + oops + "/hotrush");
        assertEquals(200, unchecked.status(), unchecked::toString);
        assertFalse(unchecked.json().getJsonObject("hotRush").getBoolean("active"));
        assertEquals(
                1175, fixtures.balance(customer).getInt("balance"), "unchecking is free: the surcharge comes back");
        Instant submitted = Fixtures.instant(unchecked.json(), "submittedAt");
        assertEquals(
                due(submitted, "PT16H"),
                Fixtures.instant(unchecked.json().getJsonObject("sla"), "firstResponseDueAt"),
                "back to the standard SLA");

        for (int i = 1; i <= 4; i++) {
            long ticket = id(fixtures.openHotRush(customer, "Urgent " + i));
            fixtures.classify(dispatcher, ticket, "STORE_PROBLEM");
            fixtures.assign(dispatcher, ticket, engineer);
            int before = fixtures.balance(customer).getInt("balance");
            var withdrawn = customer.client().delete("/api/tickets/" + ticket + "/hotrush");
            if (i <= 3) {
                assertEquals(200, withdrawn.status(), withdrawn::toString);
                assertEquals(25, withdrawn.json().getJsonObject("charge").getInt("chargedPoints"));
                assertEquals(before + 25, fixtures.balance(customer).getInt("balance"), "the surcharge comes back");
            } else {
                assertProblem(409, withdrawn);
                assertEquals(3, withdrawn.json().getInt("withdrawalsUsed"));
                assertEquals(before, fixtures.balance(customer).getInt("balance"));
                assertTrue(customer.client()
                        .get("/api/tickets/" + ticket)
                        .json()
                        .getJsonObject("hotRush")
                        .getBoolean("active"));
            }
        }
    }

    @Test
    void concurrentWithdrawalsNeverExceedTheLimit() throws Exception {
        var customer = fixtures.customer(false);
        fixtures.buy(customer, 1200);
        List<Long> tickets = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long ticket = id(fixtures.openHotRush(customer, "Parallel " + i));
            fixtures.assign(dispatcher, ticket, engineer);
            tickets.add(ticket);
        }
        List<Callable<ProservClient.Answer>> withdrawals = new ArrayList<>();
        for (long ticket : tickets) {
            withdrawals.add(() -> customer.client().delete("/api/tickets/" + ticket + "/hotrush"));
        }
        var answers = PointsIT.concurrently(withdrawals);
        assertEquals(3, answers.stream().filter(a -> a.status() == 200).count(), answers::toString);
        answers.stream().filter(a -> a.status() != 200).forEach(a -> assertProblem(409, a));
        long stillHot = tickets.stream()
                .filter(t -> customer.client()
                        .get("/api/tickets/" + t)
                        .json()
                        .getJsonObject("hotRush")
                        .getBoolean("active"))
                .count();
        assertEquals(3, stillHot);
    }

    @Test
    void staffRemoveHotRushWithAReasonTheCustomerSeesAndReturnTheSurcharge() {
        var customer = fixtures.customer(false);
        fixtures.buy(customer, 300);
        long ticket = id(fixtures.openHotRush(customer, "How do I renew my licence?"));
        fixtures.classify(dispatcher, ticket, "FEATURE_CONSULTATION");
        assertEquals(280, fixtures.balance(customer).getInt("balance"));
        var removed = dispatcher
                .client()
                .post(
                        "/api/tickets/" + ticket + "/hotrush-removal",
                        Json.createObjectBuilder()
                                .add("reason", "GENERAL_QUESTION")
                                .add("note", "licensing question")
                                .build());
        assertEquals(200, removed.status(), removed::toString);
        var seen = customer.client().get("/api/tickets/" + ticket).json().getJsonObject("hotRush");
        assertFalse(seen.getBoolean("active"));
        assertEquals("GENERAL_QUESTION", seen.getString("removedReason"));
        assertEquals(290, fixtures.balance(customer).getInt("balance"));
        assertProblem(
                400,
                dispatcher
                        .client()
                        .post(
                                "/api/tickets/" + ticket + "/hotrush-removal",
                                Json.createObjectBuilder()
                                        .add("reason", "BORED")
                                        .build()));
    }

    @Test
    void aTicketShortOfPointsWaitsForATopUpAndBuyingPointsResumesIt() {
        var customer = fixtures.customer(false);
        var grant = dispatcher
                .client()
                .post(
                        "/api/customers/" + customer.id() + "/points/adjustments",
                        Json.createObjectBuilder()
                                .add("points", 10)
                                .add("note", "trial")
                                .build());
        assertEquals(201, grant.status(), grant::toString);
        long ticket = id(fixtures.openTicket(customer, "Debug my module"));
        fixtures.assign(dispatcher, ticket, engineer);
        var waiting = fixtures.classify(dispatcher, ticket, "CODE_DEBUGGING");
        assertEquals("AWAITING_TOP_UP", waiting.getString("status"));
        assertEquals(70, waiting.getJsonObject("charge").getInt("awaitingTopUpPoints"));
        assertEquals(10, fixtures.balance(customer).getInt("balance"), "nothing charged while short");
        assertProblem(
                409,
                engineer.client()
                        .post(
                                "/api/tickets/" + ticket + "/messages",
                                Json.createObjectBuilder()
                                        .add("body", "Let me look")
                                        .build()));
        var seen = customer.client().get("/api/tickets/" + ticket).json();
        assertEquals("AWAITING_TOP_UP", seen.getString("status"), "the customer sees why it waits");
        var told = customer.client()
                .get("/api/customers/" + customer.id() + "/notices")
                .json()
                .getJsonArray("items");
        assertEquals("TICKET_AWAITING_TOP_UP", told.getJsonObject(0).getString("kind"));
        assertEquals(70, told.getJsonObject(0).getInt("points"));

        fixtures.buy(customer, 120);
        var resumed = customer.client().get("/api/tickets/" + ticket).json();
        assertEquals("ASSIGNED", resumed.getString("status"));
        assertEquals(80, resumed.getJsonObject("charge").getInt("chargedPoints"));
        assertEquals(50, fixtures.balance(customer).getInt("balance"));
    }

    @Test
    void aLiveChatMustBeAskedForWithinOpenHours() {
        var customer = fixtures.customer();
        long ticket = id(fixtures.openHotRush(customer, "Let's talk"));
        Instant now =
                Instant.parse(fixtures.admin().get("/api/admin/clock").json().getString("now"));
        // 03:00 at +04:00 is always closed; 12:00 at +04:00 is always open
        var day = now.atOffset(ZoneOffset.ofHours(4)).toLocalDate().plusDays(2);
        Instant closed = day.atTime(3, 0).atOffset(ZoneOffset.ofHours(4)).toInstant();
        Instant open = day.atTime(12, 0).atOffset(ZoneOffset.ofHours(4)).toInstant();
        var refused = customer.client()
                .post(
                        "/api/tickets/" + ticket + "/live-chat",
                        Json.createObjectBuilder()
                                .add("tool", "Skype")
                                .add("contactId", "alice.store")
                                .add("preferredAt", closed.toString())
                                .build());
        assertProblem(400, refused);
        assertEquals(
                "preferredAt",
                refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        var accepted = customer.client()
                .post(
                        "/api/tickets/" + ticket + "/live-chat",
                        Json.createObjectBuilder()
                                .add("tool", "Skype")
                                .add("contactId", "alice.store")
                                .add("preferredAt", open.toString())
                                .build());
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals(open.toString(), accepted.json().getJsonObject("liveChat").getString("preferredAt"));
    }

    private Instant due(Instant start, String duration) {
        return Instant.parse(server.anonymous()
                .get("/api/calendar/due?start=" + start + "&duration=" + duration)
                .json()
                .getString("due"));
    }

    private static long id(JsonObject ticket) {
        return ticket.getJsonNumber("id").longValue();
    }
}
