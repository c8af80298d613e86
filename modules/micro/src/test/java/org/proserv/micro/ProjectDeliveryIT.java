package org.proserv.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proserv.micro.TicketLifecycleIT.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A project's delivery from scheduling to feedback: payment before work, the deadline that only moves later, tasks
 * through every status with each role (the customer's statuses refused to staff, admin included), behind schedule told
 * once, the approval, guarantee claims inside and outside the guarantee, a rating and an answered complaint.
 */
@ExtendWith(TestServer.Extension.class)
class ProjectDeliveryIT {

    private static final ZoneOffset CALENDAR_ZONE = ZoneOffset.ofHours(4);

    private TestServer server;
    private Fixtures fixtures;

    @BeforeEach
    void setUp(TestServer server) {
        this.server = server;
        this.fixtures = new Fixtures(server);
    }

    @Test
    void fromSchedulingThroughEveryStatusToApprovalGuaranteeAndFeedback() {
        var alice = fixtures.customer();
        var shop = alice.client();
        var other = fixtures.customer().client();
        var quinn = fixtures.staff("quote_manager").client();
        var dora = fixtures.staff("director");
        var director = dora.client();
        var dev = fixtures.staff("developer").client();
        var qa = fixtures.staff("qa").client();
        var designer = fixtures.staff("designer").client();
        var admin = fixtures.admin();

        // a project of two parts, 600.00 and 400.00, accepted
        long request = shop.post("/api/project-requests", request()).id();
        var sent = quinn.post("/api/project-requests/" + request + "/quotes", quote());
        assertEquals(201, sent.status(), sent::toString);
        var accepted = shop.post(
                "/api/quotes/" + sent.id() + "/acceptance",
                Json.createObjectBuilder().add("version", 1).build());
        assertEquals(201, accepted.status(), accepted::toString);
        long project =
                accepted.json().getJsonObject("project").getJsonNumber("id").longValue();
        var invoices = accepted.json().getJsonArray("invoices");
        long part1 = invoices.getJsonObject(0).getJsonNumber("id").longValue();
        long part2 = invoices.getJsonObject(1).getJsonNumber("id").longValue();

        // scheduling waits for the first part's payment
        Instant now = serverNow();
        Instant deadline = now.plus(60, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        var unpaid = director.post("/api/projects/" + project + "/schedule", deadline(deadline));
        assertRule(409, "no-work-before-payment", unpaid);
        assertEquals(part1, unpaid.json().getJsonNumber("invoiceId").longValue());
        assertEquals(404, shop.get("/api/projects/" + project + "/schedule").status());
        pay(quinn, part1, "600.00");
        assertProblem(403, dev.post("/api/projects/" + project + "/schedule", deadline(deadline)));
        assertProblem(403, admin.post("/api/projects/" + project + "/schedule", deadline(deadline)));
        var scheduled = director.post("/api/projects/" + project + "/schedule", deadline(deadline));
        assertEquals(201, scheduled.status(), scheduled::toString);
        assertEquals(deadline, Instant.parse(scheduled.json().getString("deadline")));
        assertRule(409, "scheduled-once", director.post("/api/projects/" + project + "/schedule", deadline(deadline)));
        assertEquals(1, inbox(shop, "PROJECT_SCHEDULED", "project:" + project).size());

        // the deadline never moves earlier (nor stays); later it moves with a reason the customer reads
        var earlier =
                director.post("/api/projects/" + project + "/schedule/moves", move(deadline.minusSeconds(1), "sooner"));
        assertRule(409, "deadline-never-earlier", earlier);
        assertEquals(deadline, Instant.parse(earlier.json().getString("deadline")));
        assertRule(
                409,
                "deadline-never-earlier",
                director.post("/api/projects/" + project + "/schedule/moves", move(deadline, "same")));
        var noReason = director.post(
                "/api/projects/" + project + "/schedule/moves",
                Json.createObjectBuilder()
                        .add("deadline", deadline.plusSeconds(60).toString())
                        .build());
        assertProblem(400, noReason);
        Instant later = deadline.plus(7, ChronoUnit.DAYS);
        var moved = director.post(
                "/api/projects/" + project + "/schedule/moves", move(later, "The carrier's sandbox is down"));
        assertEquals(201, moved.status(), moved::toString);
        var schedule = shop.get("/api/projects/" + project + "/schedule").json();
        assertEquals(later, Instant.parse(schedule.getString("deadline")));
        assertEquals(deadline, Instant.parse(schedule.getString("firstDeadline")));
        assertEquals(
                "The carrier's sandbox is down",
                schedule.getJsonArray("moves").getJsonObject(0).getString("reason"));
        assertEquals(
                1, inbox(shop, "PROJECT_DEADLINE_MOVED", "project:" + project).size());

        // a director plans one task per part, within the deadline
        now = serverNow();
        Instant start = now.truncatedTo(ChronoUnit.SECONDS);
        Instant end = start.plus(10, ChronoUnit.DAYS);
        assertProblem(403, dev.post("/api/projects/" + project + "/tasks", task("Labels", part1, start, end)));
        assertRule(
                409,
                "within-deadline",
                director.post(
                        "/api/projects/" + project + "/tasks", task("Too long", part1, start, later.plusSeconds(1))));
        assertProblem(400, director.post("/api/projects/" + project + "/tasks", task("Backwards", part1, end, start)));
        var labels = director.post("/api/projects/" + project + "/tasks", task("Labels", part1, start, end));
        assertEquals(201, labels.status(), labels::toString);
        long taskA = labels.json().getJsonObject("task").getJsonNumber("id").longValue();
        assertEquals("SCHEDULED", status(shop, taskA));
        long taskB = director.post("/api/projects/" + project + "/tasks", task("Returns", part2, start, end))
                .json()
                .getJsonObject("task")
                .getJsonNumber("id")
                .longValue();

        var detail = shop.get("/api/projects/" + project).json();
        assertEquals(later, Instant.parse(detail.getJsonObject("schedule").getString("deadline")));
        assertEquals(
                List.of("Labels", "Returns"),
                detail.getJsonArray("tasks").stream()
                        .map(t -> t.asJsonObject().getString("title"))
                        .toList());

        // no work before payment: the second part is unpaid
        var notPaid = move(dev, taskB, "WORKING");
        assertRule(409, "no-work-before-payment", notPaid);
        assertEquals(part2, notPaid.json().getJsonNumber("invoiceId").longValue());

        // task A: Scheduled -> Working by the developer only; illegal moves name what may come next
        assertProblem(403, move(shop, taskA, "WORKING"));
        assertProblem(403, move(qa, taskA, "WORKING"));
        assertProblem(403, move(admin, taskA, "WORKING"));
        assertOk(move(dev, taskA, "WORKING"));
        var illegal = move(dev, taskA, "COMPLETED", b -> b.add("link", "https://check.example/a"));
        assertProblem(409, illegal);
        assertEquals(
                List.of("QUALITY_ASSURANCE", "REVIEWING"),
                strings(illegal.json().getJsonArray("allowedNext")));

        // progress: 0..100, strictly typed, the developer's
        assertProblem(400, progress(dev, taskA, Json.createObjectBuilder().add("percentDone", 101)));
        assertProblem(400, progress(dev, taskA, Json.createObjectBuilder().add("percentDone", -1)));
        assertProblem(400, progress(dev, taskA, Json.createObjectBuilder().add("percentDone", "20")));
        assertProblem(400, progress(dev, taskA, Json.createObjectBuilder().add("percentDone", 20.5)));
        assertProblem(403, progress(qa, taskA, Json.createObjectBuilder().add("percentDone", 20)));
        var reported = progress(
                dev, taskA, Json.createObjectBuilder().add("percentDone", 20).add("note", "models"));
        assertEquals(200, reported.status(), reported::toString);
        assertFalse(reported.json().getJsonObject("task").getBoolean("behindSchedule"));

        // half the planned time later with 20% done it is behind; two sweeps tell the customer and director once
        server.advanceClock(Duration.between(serverNow(), start.plus(5, ChronoUnit.DAYS)));
        assertTrue(task(shop, taskA).getBoolean("behindSchedule"));
        assertFalse(task(shop, taskB).getBoolean("behindSchedule"), "not started: not tracked against the plan");
        sweepBehind();
        sweepBehind();
        assertEquals(1, inbox(shop, "TASK_BEHIND_SCHEDULE", "task:" + taskA).size());
        assertEquals(1, inbox(director, "TASK_BEHIND_SCHEDULE", "task:" + taskA).size());
        assertTrue(inbox(shop, "TASK_BEHIND_SCHEDULE", "task:" + taskB).isEmpty());
        progress(dev, taskA, Json.createObjectBuilder().add("percentDone", 60));
        assertFalse(task(shop, taskA).getBoolean("behindSchedule"), "caught up");

        // Working -> Quality Assurance -> back to Working (QA) -> Reviewing (preview link) -> Completed (developer)
        assertOk(move(dev, taskA, "QUALITY_ASSURANCE"));
        assertProblem(403, move(dev, taskA, "WORKING"));
        assertOk(move(qa, taskA, "WORKING", b -> b.add("note", "the label is cut off")));
        assertProblem(400, move(dev, taskA, "REVIEWING"));
        assertOk(move(dev, taskA, "REVIEWING", b -> b.add("link", "https://preview.example/labels")));
        assertProblem(403, move(qa, taskA, "COMPLETED", b -> b.add("link", "https://check.example/labels")));
        var completed = move(dev, taskA, "COMPLETED", b -> b.add("link", "https://check.example/labels"));
        assertOk(completed);
        assertEquals(
                "https://check.example/labels",
                completed.json().getJsonObject("task").getString("checkLink"));
        assertEquals(1, inbox(shop, "TASK_COMPLETED", "task:" + taskA).size());

        // task B, paid now: Working -> Quality Assurance -> Completed by QA
        pay(quinn, part2, "400.00");
        assertOk(move(dev, taskB, "WORKING"));
        assertOk(move(dev, taskB, "QUALITY_ASSURANCE"));
        assertProblem(403, move(dev, taskB, "COMPLETED", b -> b.add("link", "https://check.example/returns")));
        assertOk(move(qa, taskB, "COMPLETED", b -> b.add("link", "https://check.example/returns")));

        // Ready to Upload and Approved are the customer's alone: every staff role, admin included, is refused
        LocalDate wanted = LocalDate.ofInstant(serverNow(), CALENDAR_ZONE).plusDays(3);
        for (var staff : List.of(admin, director, dev, qa, designer, quinn)) {
            assertProblem(403, move(staff, taskA, "READY_TO_UPLOAD"));
        }
        assertProblem(400, move(shop, taskA, "READY_TO_UPLOAD", b -> b.add("wantedUploadDate", "2000-01-01")));
        assertProblem(404, move(other, taskA, "READY_TO_UPLOAD"));
        var ready = move(shop, taskA, "READY_TO_UPLOAD", b -> b.add("wantedUploadDate", wanted.toString()));
        assertOk(ready);
        assertEquals(wanted.toString(), ready.json().getJsonObject("task").getString("wantedUploadDate"));
        assertProblem(403, move(shop, taskA, "UPLOADED"));
        assertOk(move(dev, taskA, "UPLOADED"));
        for (var staff : List.of(admin, director, dev, qa, designer, quinn)) {
            assertProblem(403, move(staff, taskA, "APPROVED"));
        }
        assertOk(move(shop, taskA, "APPROVED"));
        assertFalse(
                shop.get("/api/projects/" + project + "/schedule").json().getBoolean("approved"),
                "task B is not approved yet");

        assertOk(move(shop, taskB, "READY_TO_UPLOAD"));
        assertOk(move(admin, taskB, "UPLOADED"));
        var lastApproval = move(shop, taskB, "APPROVED");
        assertOk(lastApproval);
        Instant approvedAt =
                Instant.parse(lastApproval.json().getJsonObject("task").getString("statusChangedAt"));

        // every planned task approved: the project is, and its guarantee runs six calendar months from then
        schedule = shop.get("/api/projects/" + project + "/schedule").json();
        assertTrue(schedule.getBoolean("approved"));
        assertEquals(approvedAt, Instant.parse(schedule.getString("approvedAt")));
        Instant guaranteeEnds = Instant.parse(schedule.getString("guaranteeEndsAt"));
        assertEquals(approvedAt.atZone(CALENDAR_ZONE).plusMonths(6).toInstant(), guaranteeEnds);
        assertEquals(1, inbox(shop, "PROJECT_APPROVED", "project:" + project).size());
        assertRule(
                409,
                "approved",
                director.post(
                        "/api/projects/" + project + "/tasks",
                        task("More", part1, serverNow(), serverNow().plusSeconds(3600))));

        // feedback only after closing; closing names the reports in the project's file area
        assertRule(
                409,
                "feedback-after-closing",
                rate(shop, project, Json.createObjectBuilder().add("rating", 5)));
        assertProblem(
                403,
                move(
                        shop,
                        taskA,
                        "CLOSED",
                        b -> b.add("reports", Json.createArrayBuilder().add("r.pdf"))));
        assertProblem(400, move(director, taskA, "CLOSED"));
        assertOk(move(
                director,
                taskA,
                "CLOSED",
                b -> b.add("reports", Json.createArrayBuilder().add("reports/labels-test.pdf"))));
        var closed = move(
                admin,
                taskB,
                "CLOSED",
                b -> b.add("reports", Json.createArrayBuilder().add("reports/returns-test.pdf")));
        assertOk(closed);
        assertEquals(List.of(), strings(closed.json().getJsonObject("task").getJsonArray("allowedNext")));
        assertTrue(shop.get("/api/projects/" + project + "/schedule").json().getBoolean("closed"));

        // every change kept with who, in which role, when and the note
        var history = shop.get("/api/tasks/" + taskA).json().getJsonArray("history").stream()
                .map(JsonValue::asJsonObject)
                .filter(h -> h.getString("kind").equals("STATUS"))
                .map(h -> h.getString("to") + ":" + h.getString("actorRole"))
                .toList();
        assertEquals(
                List.of(
                        "SCHEDULED:director",
                        "WORKING:developer",
                        "QUALITY_ASSURANCE:developer",
                        "WORKING:qa",
                        "REVIEWING:developer",
                        "COMPLETED:developer",
                        "READY_TO_UPLOAD:customer",
                        "UPLOADED:developer",
                        "APPROVED:customer",
                        "CLOSED:director"),
                history);
        assertTrue(shop.get("/api/tasks/" + taskA).json().getJsonArray("history").stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(h -> "the label is cut off".equals(h.getString("note", null))));

        // a rating from 1 to 5, once; a complaint a director answers, once; both read by customer and staff
        assertProblem(400, rate(shop, project, Json.createObjectBuilder().add("rating", 6)));
        assertProblem(400, rate(shop, project, Json.createObjectBuilder().add("rating", 0)));
        assertProblem(400, rate(shop, project, Json.createObjectBuilder().add("rating", "5")));
        assertProblem(403, rate(director, project, Json.createObjectBuilder().add("rating", 5)));
        var rated =
                rate(shop, project, Json.createObjectBuilder().add("rating", 5).add("comments", "Great work"));
        assertEquals(201, rated.status(), rated::toString);
        assertRule(
                409,
                "rated-once",
                rate(shop, project, Json.createObjectBuilder().add("rating", 4)));
        var complaint = shop.post(
                "/api/projects/" + project + "/feedback/complaints",
                Json.createObjectBuilder()
                        .add("complaint", "The upload took the store down for an hour")
                        .build());
        assertEquals(201, complaint.status(), complaint::toString);
        String answerPath = "/api/projects/" + project + "/feedback/complaints/" + complaint.id() + "/answer";
        var answer = Json.createObjectBuilder()
                .add("answer", "We are sorry; uploads now run at night.")
                .build();
        assertProblem(403, admin.post(answerPath, answer));
        assertProblem(403, shop.post(answerPath, answer));
        assertEquals(200, director.post(answerPath, answer).status());
        assertRule(409, "answered-once", director.post(answerPath, answer));
        for (var reader : List.of(shop, qa)) {
            var feedback = reader.get("/api/projects/" + project + "/feedback").array();
            assertEquals(
                    List.of("RATING:5", "COMPLAINT:We are sorry; uploads now run at night."),
                    feedback.stream()
                            .map(JsonValue::asJsonObject)
                            .map(f -> f.getString("kind") + ":"
                                    + (f.containsKey("rating") ? f.getInt("rating") : f.getString("answer")))
                            .toList());
        }

        // a claim within the guarantee, even an hour before its end, is free and becomes a fix task
        server.advanceClock(Duration.between(serverNow(), guaranteeEnds.minus(1, ChronoUnit.HOURS)));
        assertProblem(403, director.post("/api/projects/" + project + "/claims", claim("Labels print blank")));
        assertProblem(404, other.post("/api/projects/" + project + "/claims", claim("Labels print blank")));
        var claimed = shop.post("/api/projects/" + project + "/claims", claim("Labels print blank"));
        assertEquals(201, claimed.status(), claimed::toString);
        assertTrue(claimed.json().getBoolean("free"));
        assertEquals(guaranteeEnds, Instant.parse(claimed.json().getString("guaranteeEndsAt")));
        long fix = claimed.json().getJsonNumber("fixTaskId").longValue();
        var fixTask = task(shop, fix);
        assertEquals("SCHEDULED", fixTask.getString("status"));
        assertTrue(fixTask.getBoolean("fix"));
        assertFalse(fixTask.containsKey("invoiceId"), "no charge");
        assertOk(move(dev, fix, "WORKING"));
        assertEquals(
                guaranteeEnds,
                Instant.parse(shop.get("/api/projects/" + project + "/schedule")
                        .json()
                        .getString("guaranteeEndsAt")),
                "claims never move the end");
        assertTrue(shop.get("/api/projects/" + project + "/schedule").json().getBoolean("approved"));

        // after the end: refused with the end date and an offer to quote
        server.advanceClock(Duration.ofHours(2));
        var tooLate = shop.post("/api/projects/" + project + "/claims", claim("Labels print blank again"));
        assertRule(409, "guarantee-ended", tooLate);
        assertEquals(guaranteeEnds, Instant.parse(tooLate.json().getString("guaranteeEndedAt")));
        assertTrue(tooLate.json().getString("offer").contains("/api/project-requests"), tooLate::toString);
        assertEquals(1, shop.get("/api/projects/" + project + "/claims").array().size());

        // another customer sees none of it
        assertEquals(404, other.get("/api/projects/" + project + "/schedule").status());
        assertEquals(404, other.get("/api/projects/" + project + "/tasks").status());
        assertEquals(404, other.get("/api/tasks/" + taskA).status());
        assertEquals(404, other.get("/api/projects/" + project + "/claims").status());
        assertEquals(404, other.get("/api/projects/" + project + "/feedback").status());
        assertEquals(
                2 + 1, shop.get("/api/projects/" + project + "/tasks").array().size());
    }

    @Test
    void strictInputForTaskMovesAndPlans() {
        var alice = fixtures.customer();
        var director = fixtures.staff("director").client();
        var dev = fixtures.staff("developer").client();
        var quinn = fixtures.staff("quote_manager").client();
        long request = alice.client().post("/api/project-requests", request()).id();
        long quote = quinn.post("/api/project-requests/" + request + "/quotes", quote())
                .id();
        var accepted = alice.client()
                .post(
                        "/api/quotes/" + quote + "/acceptance",
                        Json.createObjectBuilder().add("version", 1).build());
        long project =
                accepted.json().getJsonObject("project").getJsonNumber("id").longValue();
        long part1 = accepted.json()
                .getJsonArray("invoices")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        pay(quinn, part1, "600.00");
        Instant now = serverNow();
        assertEquals(
                201,
                director.post("/api/projects/" + project + "/schedule", deadline(now.plus(30, ChronoUnit.DAYS)))
                        .status());
        long task = director.post(
                        "/api/projects/" + project + "/tasks", task("T", part1, now, now.plus(5, ChronoUnit.DAYS)))
                .json()
                .getJsonObject("task")
                .getJsonNumber("id")
                .longValue();

        assertProblem(400, dev.post("/api/tasks/" + task + "/status", "{\"status\":\"WORKING\",\"extra\":1}"));
        assertProblem(400, dev.post("/api/tasks/" + task + "/status", "{\"status\":\"DANCING\"}"));
        assertProblem(400, dev.post("/api/tasks/" + task + "/status", "{\"status\":\"WORKING\",\"link\":\"x\"}"));
        assertProblem(
                400,
                director.post(
                        "/api/projects/" + project + "/tasks",
                        task("T", part1, now, now.plusSeconds(60))
                                .toString()
                                .replace("\"invoiceId\":" + part1, "\"invoiceId\":\"" + part1 + "\"")));
        assertProblem(
                400, director.post("/api/projects/" + project + "/tasks", task("T", 1L, now, now.plusSeconds(60))));
        assertEquals("SCHEDULED", status(alice.client(), task));
        var unknownSweep = fixtures.admin().post("/api/admin/sweeps/nothing", "");
        assertEquals(404, unknownSweep.status());
        assertTrue(unknownSweep.json().getString("sweeps").contains("task-behind-schedule"));
    }

    private static JsonObject request() {
        return Json.createObjectBuilder()
                .add("kind", "DEVELOPMENT")
                .add("title", "Shipping labels " + UUID.randomUUID().toString().substring(0, 6))
                .add("desiredFeatures", "Print a shipping label from the order page")
                .add("storeUrl", "https://shop.example")
                .add("product", Fixtures.PRODUCT)
                .add("productVersion", Fixtures.VERSION)
                .build();
    }

    private static JsonObject money(String amount) {
        return Json.createObjectBuilder()
                .add("amount", amount)
                .add("currency", "USD")
                .build();
    }

    private static JsonObject quote() {
        return Json.createObjectBuilder()
                .add(
                        "items",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("description", "The work")
                                        .add("hours", 20)
                                        .add("price", money("1000.00"))))
                .add("timeframeDays", 30)
                .add(
                        "base",
                        Json.createObjectBuilder()
                                .add("product", Fixtures.PRODUCT)
                                .add("version", Fixtures.VERSION)
                                .add("modules", Json.createArrayBuilder())
                                .add("skin", "Classic"))
                .add(
                        "parts",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("scope", "Labels")
                                        .add("amount", money("600.00")))
                                .add(Json.createObjectBuilder()
                                        .add("scope", "Returns")
                                        .add("amount", money("400.00"))))
                .build();
    }

    private void pay(ProservClient staff, long invoice, String amount) {
        var paid = staff.withHeader("Idempotency-Key", "pay-" + UUID.randomUUID())
                .post(
                        "/api/invoices/" + invoice + "/payments",
                        Json.createObjectBuilder().add("amount", money(amount)).build());
        assertEquals(201, paid.status(), paid::toString);
    }

    private static JsonObject deadline(Instant at) {
        return Json.createObjectBuilder().add("deadline", at.toString()).build();
    }

    private static JsonObject move(Instant to, String reason) {
        return Json.createObjectBuilder()
                .add("deadline", to.toString())
                .add("reason", reason)
                .build();
    }

    private static JsonObject task(String title, long invoice, Instant start, Instant end) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("invoiceId", invoice)
                .add("plannedStart", start.toString())
                .add("plannedEnd", end.toString())
                .build();
    }

    private static JsonObject claim(String description) {
        return Json.createObjectBuilder().add("description", description).build();
    }

    private interface Extra {
        void add(JsonObjectBuilder body);
    }

    private static ProservClient.Answer move(ProservClient who, long task, String status) {
        return move(who, task, status, b -> {});
    }

    private static ProservClient.Answer move(ProservClient who, long task, String status, Extra extra) {
        var body = Json.createObjectBuilder().add("status", status);
        extra.add(body);
        return who.post("/api/tasks/" + task + "/status", body.build());
    }

    private static ProservClient.Answer progress(ProservClient who, long task, JsonObjectBuilder body) {
        return who.put("/api/tasks/" + task + "/progress", body.build());
    }

    private static ProservClient.Answer rate(ProservClient who, long project, JsonObjectBuilder body) {
        return who.post("/api/projects/" + project + "/feedback", body.build());
    }

    private static JsonObject task(ProservClient who, long task) {
        var answer = who.get("/api/tasks/" + task);
        assertEquals(200, answer.status(), answer::toString);
        return answer.json().getJsonObject("task");
    }

    private static String status(ProservClient who, long task) {
        return task(who, task).getString("status");
    }

    private static void assertOk(ProservClient.Answer answer) {
        assertEquals(200, answer.status(), answer::toString);
    }

    private static void assertRule(int status, String rule, ProservClient.Answer answer) {
        assertProblem(status, answer);
        assertEquals(rule, answer.json().getString("rule", null), answer::toString);
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(v -> ((JsonString) v).getString()).toList();
    }

    private List<String> inbox(ProservClient who, String kind, String subject) {
        return who.get("/api/inbox?size=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(n -> n.getString("kind").equals(kind)
                        && n.getString("subject").equals(subject))
                .map(n -> n.getString("message"))
                .toList();
    }

    private Instant serverNow() {
        return Instant.parse(fixtures.admin().get("/api/admin/clock").json().getString("now"));
    }

    private void sweepBehind() {
        var answer = fixtures.admin().post("/api/admin/sweeps/task-behind-schedule", "");
        assertEquals(200, answer.status(), answer::toString);
    }
}
