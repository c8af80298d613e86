package org.proserv.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.proserv.kernel.error.ProservException;

class FeedTest {

    private static final Instant NOW = Instant.parse("2026-03-04T07:00:00Z");

    private static FeedEvent at(long position) {
        return new FeedEvent(
                position,
                position * 50,
                "ticket.submitted",
                NOW,
                "ticket",
                position,
                1,
                1L,
                Json.createObjectBuilder().build());
    }

    /** What the database answers for "after this cursor, at most size + 1". */
    private static List<FeedEvent> read(List<FeedEvent> all, FeedQuery q) {
        return all.stream()
                .filter(e -> e.position() > q.after())
                .limit(q.size() + 1L)
                .toList();
    }

    @Test
    void pagingByCursorVisitsEveryEventOnceInOrder() {
        List<FeedEvent> all =
                LongStream.rangeClosed(1, 23).mapToObj(FeedTest::at).toList();
        List<Long> seen = new ArrayList<>();
        long cursor = 0;
        boolean more = true;
        while (more) {
            var q = new FeedQuery(cursor, Set.of(), 5);
            var page = FeedPage.of(read(all, q), q);
            page.events().forEach(e -> seen.add(e.position()));
            cursor = page.next();
            more = page.more();
        }
        assertEquals(LongStream.rangeClosed(1, 23).boxed().toList(), seen);
        assertEquals(23, cursor);
    }

    @Test
    void anEmptyPageKeepsTheCursorWhereTheReaderWas() {
        var q = new FeedQuery(40, Set.of(), 5);
        var page = FeedPage.of(List.of(), q);
        assertEquals(40, page.next());
        assertFalse(page.more());
    }

    @Test
    void eventsPublishedAfterAReadAreFoundByResumingFromItsCursor() {
        List<FeedEvent> first =
                LongStream.rangeClosed(1, 3).mapToObj(FeedTest::at).toList();
        var q = new FeedQuery(0, Set.of(), 10);
        var page = FeedPage.of(read(first, q), q);
        List<FeedEvent> later =
                LongStream.rangeClosed(1, 6).mapToObj(FeedTest::at).toList();
        var resumed = new FeedQuery(page.next(), Set.of(), 10);
        var next = FeedPage.of(read(later, resumed), resumed);
        assertEquals(
                List.of(4L, 5L, 6L),
                next.events().stream().map(FeedEvent::position).toList());
    }

    @Test
    void theQueryTakesACursorTypesAndASizeOfAtMostAHundred() {
        var q = FeedQuery.parse("17", "ticket.submitted, points.spent", "100");
        assertEquals(17, q.after());
        assertEquals(Set.of("ticket.submitted", "points.spent"), q.types());
        assertEquals(100, q.size());
        assertEquals(FeedQuery.DEFAULT_SIZE, FeedQuery.parse(null, null, null).size());
        assertEquals(0, FeedQuery.parse(null, null, null).after());
        assertTrue(FeedQuery.parse(null, "", null).types().isEmpty());
    }

    @Test
    void aBadCursorSizeOrTypeIsRefusedNamingTheParameter() {
        assertEquals("after", field(() -> FeedQuery.parse("abc", null, null)));
        assertEquals("after", field(() -> FeedQuery.parse("-1", null, null)));
        assertEquals("after", field(() -> FeedQuery.parse("99999999999999999999", null, null)));
        assertEquals("size", field(() -> FeedQuery.parse(null, null, "101")));
        assertEquals("size", field(() -> FeedQuery.parse(null, null, "0")));
        assertEquals("size", field(() -> FeedQuery.parse(null, null, "ten")));
        assertEquals("types", field(() -> FeedQuery.parse(null, "ticket", null)));
        assertEquals("types", field(() -> FeedQuery.parse(null, "ticket.submitted,'; drop", null)));
    }

    @Test
    void anEventTypeIsDottedLowerCaseAndAPayloadIsBounded() {
        var empty = Json.createObjectBuilder().build();
        assertEquals("{}", EventShape.check("ticket.submitted", "ticket", empty));
        assertThrows(IllegalArgumentException.class, () -> EventShape.check("TicketSubmitted", "ticket", empty));
        assertThrows(IllegalArgumentException.class, () -> EventShape.check("ticket.submitted", "Ticket", empty));
        var big = Json.createObjectBuilder()
                .add("x", "y".repeat(EventShape.MAX_PAYLOAD))
                .build();
        assertThrows(IllegalArgumentException.class, () -> EventShape.check("ticket.submitted", "ticket", big));
    }

    private static String field(Runnable call) {
        return assertThrows(ProservException.class, call::run)
                .fieldErrors()
                .get(0)
                .field();
    }
}
