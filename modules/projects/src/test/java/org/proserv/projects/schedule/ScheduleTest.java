package org.proserv.projects.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;
import org.proserv.projects.schedule.Schedule.Progress;

/** Scheduling, deadline moves and the project's approval (docs/projects.md, Scheduling and Approval). */
class ScheduleTest {

    static final Actor DIRECTOR = new Actor("dora", Role.director, null);
    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    static final Instant DEADLINE = NOW.plus(30, ChronoUnit.DAYS);
    static final PartInvoice PAID = new PartInvoice(1, 501L, true);
    static final DeliveryTerms TERMS = DeliveryTerms.standard();

    static Schedule schedule() {
        return new Schedule(1L, 7L, DEADLINE, PAID, DIRECTOR, NOW);
    }

    @Test
    void aProjectIsScheduledOnlyOnceItsFirstPartIsPaid() {
        var refused = assertThrows(
                ProservException.class,
                () -> new Schedule(1L, 7L, DEADLINE, new PartInvoice(1, 501L, false), DIRECTOR, NOW));
        assertEquals(ProblemCategory.CONFLICT, refused.category());
        assertEquals(501L, refused.properties().get("invoiceId"));
        var schedule = schedule();
        assertEquals(DEADLINE, schedule.deadline());
        assertEquals(DEADLINE, schedule.firstDeadline());
        assertEquals("dora", schedule.scheduledBy());
    }

    @Test
    void onlyADirectorSchedulesWithADeadlineAfterNow() {
        for (Role role : List.of(Role.admin, Role.developer, Role.quote_manager, Role.customer)) {
            var someone = new Actor("x", role, role == Role.customer ? 7L : null);
            var refused =
                    assertThrows(ProservException.class, () -> new Schedule(1L, 7L, DEADLINE, PAID, someone, NOW));
            assertEquals(ProblemCategory.FORBIDDEN, refused.category(), role::name);
        }
        var past = assertThrows(ProservException.class, () -> new Schedule(1L, 7L, NOW, PAID, DIRECTOR, NOW));
        assertEquals("deadline", past.fieldErrors().get(0).field());
    }

    @Test
    void theDeadlineMovesLaterWithAReasonTheCustomerSees() {
        var schedule = schedule();
        var later = DEADLINE.plus(7, ChronoUnit.DAYS);
        var move = schedule.moveDeadline(later, "the payment gateway's sandbox was down", DIRECTOR, NOW);
        assertEquals(later, schedule.deadline());
        assertEquals(DEADLINE, move.from());
        assertEquals(later, move.to());
        assertEquals("the payment gateway's sandbox was down", move.reason());
        assertEquals(1, schedule.moves().size());
        assertEquals(DEADLINE, schedule.firstDeadline());
    }

    @Test
    void theDeadlineNeverMovesEarlierNorStaysWhereItIs() {
        var schedule = schedule();
        for (Instant earlier : List.of(DEADLINE.minusNanos(1000), DEADLINE, DEADLINE.minus(10, ChronoUnit.DAYS))) {
            var refused = assertThrows(
                    ProservException.class, () -> schedule.moveDeadline(earlier, "sooner please", DIRECTOR, NOW));
            assertEquals(ProblemCategory.CONFLICT, refused.category());
            assertEquals("deadline-never-earlier", refused.properties().get("rule"));
            assertEquals(DEADLINE.toString(), refused.properties().get("deadline"));
        }
        assertEquals(DEADLINE, schedule.deadline());
        assertTrue(schedule.moves().isEmpty());
        var moved = DEADLINE.plusSeconds(1);
        schedule.moveDeadline(moved, "one more second", DIRECTOR, NOW);
        assertThrows(
                ProservException.class,
                () -> schedule.moveDeadline(DEADLINE.plusNanos(500_000), "back", DIRECTOR, NOW));
        assertEquals(moved, schedule.deadline());
    }

    @Test
    void aMoveNeedsAReasonAndADirector() {
        var schedule = schedule();
        var later = DEADLINE.plusSeconds(60);
        assertEquals(
                "reason",
                assertThrows(ProservException.class, () -> schedule.moveDeadline(later, " ", DIRECTOR, NOW))
                        .fieldErrors()
                        .get(0)
                        .field());
        assertEquals(
                ProblemCategory.FORBIDDEN,
                assertThrows(
                                ProservException.class,
                                () -> schedule.moveDeadline(later, "why", new Actor("a", Role.admin, null), NOW))
                        .category());
        assertEquals(DEADLINE, schedule.deadline());
    }

    @Test
    void theProjectIsApprovedWhenEveryPlannedTaskIsApprovedOrClosedAndTheGuaranteeRunsFromThen() {
        var schedule = schedule();
        var approved = new Progress(true, false);
        var open = new Progress(false, false);
        var closed = new Progress(true, true);
        assertFalse(schedule.tasksNow(List.of(), NOW, TERMS), "no tasks: nothing to approve");
        assertFalse(schedule.tasksNow(List.of(approved, open), NOW, TERMS));
        assertTrue(schedule.approvedAt().isEmpty());

        var at = Instant.parse("2026-08-31T06:00:00Z"); // 10:00 on 31 August in +04:00
        assertTrue(schedule.tasksNow(List.of(approved, closed), at, TERMS));
        assertEquals(at, schedule.approvedAt().orElseThrow());
        assertEquals(
                OffsetDateTime.parse("2027-02-28T10:00:00+04:00").toInstant(),
                schedule.guaranteeEndsAt().orElseThrow(),
                "six calendar months, counted in the calendar's zone");
        assertTrue(schedule.closedAt().isEmpty());

        assertFalse(schedule.tasksNow(List.of(closed, closed), at.plusSeconds(60), TERMS), "approved once");
        assertEquals(at, schedule.approvedAt().orElseThrow());
        assertEquals(at.plusSeconds(60), schedule.closedAt().orElseThrow());
    }

    @Test
    void noNewPlannedWorkAfterTheApproval() {
        var schedule = schedule();
        schedule.requireOpenForWork();
        schedule.tasksNow(List.of(new Progress(true, false)), NOW, TERMS);
        assertEquals(
                ProblemCategory.CONFLICT,
                assertThrows(ProservException.class, schedule::requireOpenForWork)
                        .category());
    }

    @Test
    void theGuaranteeIncludesItsLastInstantAndNothingAfter() {
        var schedule = schedule();
        assertFalse(schedule.inGuarantee(NOW), "not approved: no guarantee yet");
        schedule.tasksNow(List.of(new Progress(true, false)), NOW, TERMS);
        var end = schedule.guaranteeEndsAt().orElseThrow();
        assertEquals(
                NOW.atOffset(ZoneOffset.ofHours(4)).plus(Period.ofMonths(6)).toInstant(), end);
        assertTrue(schedule.inGuarantee(end));
        assertFalse(schedule.inGuarantee(end.plus(1, ChronoUnit.MICROS)));
    }

    @Test
    void theConfiguredGuaranteeIsSixMonths() {
        assertEquals(Period.ofMonths(6), TERMS.guarantee());
        assertEquals(ZoneOffset.ofHours(4), TERMS.zone());
        assertThrows(IllegalArgumentException.class, () -> new DeliveryTerms(Period.ZERO, ZoneOffset.UTC));
    }
}
