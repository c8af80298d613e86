package org.proserv.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.proserv.micro.TicketLifecycleIT.assertProblem;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestServer.Extension.class)
class CalendarApiIT {

    @Test
    void theCalendarIsPublicAndComputesDueTimes(TestServer server) {
        var anonymous = server.anonymous();
        var calendar = anonymous.get("/api/calendar").json();
        assertEquals("+04:00", calendar.getString("zone"));
        assertEquals("08:00-24:00", calendar.getJsonObject("weeklyHours").getString("MONDAY"));
        assertEquals("10:00-18:00", calendar.getJsonObject("weeklyHours").getString("SUNDAY"));

        // Fri 20:00 +04:00 plus 16 business hours is Sun 14:00 +04:00
        var due = anonymous
                .get("/api/calendar/due?start=2026-01-09T16:00:00Z&duration=PT16H")
                .json();
        assertEquals("2026-01-11T10:00:00Z", due.getString("due"));
        assertEquals("PT16H", due.getString("duration"));
        var time = anonymous
                .get("/api/calendar/business-time?from=2026-01-09T16:00:00Z&to=2026-01-11T10:00:00Z")
                .json();
        assertEquals("PT16H", time.getString("businessTime"));
    }

    @Test
    void adminsManageHolidaysAndTheArithmeticFollows(TestServer server) {
        var admin = server.admin();
        // Wed 2031-12-31 20:00 +04:00 + 16h, with 2032-01-01 closed -> Fri 2032-01-02 20:00 +04:00
        var put = admin.put(
                "/api/calendar/holidays/2032-01-01",
                Json.createObjectBuilder().add("name", "New Year").build());
        assertEquals(200, put.status(), put::toString);
        try {
            var due = server.anonymous()
                    .get("/api/calendar/due?start=2031-12-31T16:00:00Z&duration=PT16H")
                    .json();
            assertEquals("2032-01-02T16:00:00Z", due.getString("due"));
            var listed = server.anonymous().get("/api/calendar").json().getJsonArray("holidays");
            assertEquals(
                    1,
                    listed.stream()
                            .filter(h -> h.asJsonObject().getString("date").equals("2032-01-01"))
                            .count());
        } finally {
            assertEquals(204, admin.delete("/api/calendar/holidays/2032-01-01").status());
        }
        var without = server.anonymous()
                .get("/api/calendar/due?start=2031-12-31T16:00:00Z&duration=PT16H")
                .json();
        assertEquals("2032-01-01T16:00:00Z", without.getString("due"));
        assertProblem(404, admin.delete("/api/calendar/holidays/2032-01-01"));
    }

    @Test
    void aDateWithItsOwnHoursCountsOnlyThose(TestServer server) {
        var admin = server.admin();
        // Mon 2033-01-03 opens 10:00-14:00 only: Mon 09:00 (+04:00) + 6 h is then Tue 10:00, not Mon 15:00
        var put = admin.put(
                "/api/calendar/overrides/2033-01-03",
                Json.createObjectBuilder()
                        .add("opensAt", "10:00")
                        .add("closesAt", "14:00")
                        .add("name", "Short day")
                        .build());
        assertEquals(200, put.status(), put::toString);
        try {
            var due = server.anonymous()
                    .get("/api/calendar/due?start=2033-01-03T05:00:00Z&duration=PT6H")
                    .json();
            assertEquals("2033-01-04T06:00:00Z", due.getString("due"));
            assertProblem(
                    400,
                    admin.put(
                            "/api/calendar/overrides/2033-01-03",
                            Json.createObjectBuilder()
                                    .add("opensAt", "14:00")
                                    .add("closesAt", "10:00")
                                    .add("name", "Backwards")
                                    .build()));
            var listed = server.anonymous().get("/api/calendar").json().getJsonArray("overrides");
            assertEquals(
                    1,
                    listed.stream()
                            .filter(o -> o.asJsonObject().getString("date").equals("2033-01-03")
                                    && o.asJsonObject().getString("hours").equals("10:00-14:00"))
                            .count(),
                    listed::toString);
        } finally {
            assertEquals(204, admin.delete("/api/calendar/overrides/2033-01-03").status());
        }
        var normal = server.anonymous()
                .get("/api/calendar/due?start=2033-01-03T05:00:00Z&duration=PT6H")
                .json();
        assertEquals("2033-01-03T11:00:00Z", normal.getString("due"));
    }
}
