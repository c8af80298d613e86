package org.proserv.projects.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proserv.projects.tasks.TaskFixture.ADMIN;
import static org.proserv.projects.tasks.TaskFixture.DEVELOPER;
import static org.proserv.projects.tasks.TaskFixture.DIRECTOR;
import static org.proserv.projects.tasks.TaskFixture.NOW;
import static org.proserv.projects.tasks.TaskFixture.QA;
import static org.proserv.projects.tasks.TaskFixture.taskAt;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;

/**
 * Progress against the plan (docs/projects.md, Progress): behind schedule when done% is below the share of the planned
 * time elapsed, exactly at the microsecond, computed from the clock.
 */
class ProgressTest {

    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    /** 100 seconds: one percent per second. */
    private static final Plan PLAN = Plan.of(START, START.plusSeconds(100));

    @Test
    void halfDoneIsOnScheduleUpToHalfTheTimeAndBehindOneMicrosecondAfter() {
        assertFalse(PLAN.behind(50, START.plusSeconds(50)));
        assertTrue(PLAN.behind(50, START.plusSeconds(50).plus(1, ChronoUnit.MICROS)));
        assertFalse(PLAN.behind(50, START.plusSeconds(49)));
    }

    @Test
    void nothingDoneIsBehindAsSoonAsThePlannedStartHasPassed() {
        assertFalse(PLAN.behind(0, START.minusSeconds(3600)), "before the start nothing is due");
        assertFalse(PLAN.behind(0, START));
        assertTrue(PLAN.behind(0, START.plus(1, ChronoUnit.MICROS)));
    }

    @Test
    void allDoneIsNeverBehindAndElapsedTimeIsCappedAtThePlannedEnd() {
        assertFalse(PLAN.behind(100, START.plusSeconds(100_000)));
        assertNull(PLAN.behindAfter(100));
        assertTrue(PLAN.behind(99, START.plusSeconds(100_000)));
        assertFalse(PLAN.behind(99, START.plusSeconds(99)));
        assertTrue(PLAN.behind(99, START.plusSeconds(99).plus(1, ChronoUnit.MICROS)));
    }

    @Test
    void aThirdOfTheTimeIsNotAWholePercentAndTheComparisonStaysExact() {
        // planned 3 seconds: 33% done is due at exactly 0.99 s
        var plan = Plan.of(START, START.plusSeconds(3));
        assertFalse(plan.behind(33, START.plusMillis(990)));
        assertTrue(plan.behind(33, START.plusMillis(990).plus(1, ChronoUnit.MICROS)));
        assertEquals(START.plusMillis(990), plan.behindAfter(33));
    }

    @Test
    void theSweepsThresholdAgreesWithTheRuleEverywhere() {
        var random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            var start = START.plus(random.nextInt(1_000_000), ChronoUnit.MICROS);
            var plan = Plan.of(start, start.plus(1 + random.nextInt(10_000_000), ChronoUnit.MICROS));
            int done = random.nextInt(100);
            var threshold = plan.behindAfter(done);
            var now = threshold.plus(random.nextInt(3) - 1, ChronoUnit.MICROS);
            assertEquals(
                    now.isAfter(threshold),
                    plan.behind(done, now),
                    () -> plan.start() + ".." + plan.end() + " done " + done + " at " + now);
        }
    }

    @Test
    void aPlanEndsAfterItStarts() {
        var same = assertThrows(ProservException.class, () -> Plan.of(START, START));
        assertEquals("plannedEnd", same.fieldErrors().get(0).field());
        assertThrows(ProservException.class, () -> Plan.of(START, START.minusSeconds(1)));
        assertThrows(ProservException.class, () -> Plan.of(null, START));
        var tenYears = START.atOffset(ZoneOffset.UTC).plusYears(10).toInstant();
        assertEquals(tenYears, Plan.of(START, tenYears).end());
        var tooLong = assertThrows(ProservException.class, () -> Plan.of(START, tenYears.plusNanos(1000)));
        assertEquals("plannedEnd", tooLong.fieldErrors().get(0).field());
        assertTrue(Plan.of(START, tenYears).behind(99, tenYears), "no overflow over the longest plan");
    }

    @Test
    void theDeveloperReportsProgressAndBehindScheduleFollowsTheClock() {
        var task = taskAt(TaskStatus.WORKING);
        assertFalse(task.behindSchedule(NOW));
        assertTrue(task.behindSchedule(NOW.plusSeconds(10)), "10% of the time gone, nothing done");
        task.reportProgress(DEVELOPER, 10, "models done", NOW.plusSeconds(10));
        assertFalse(task.behindSchedule(NOW.plusSeconds(10)));
        assertTrue(task.behindSchedule(NOW.plusSeconds(11)));
        var change = task.history().get(task.history().size() - 1);
        assertEquals(TaskChange.Kind.PROGRESS, change.kind());
        assertEquals(10, change.percentDone());
        assertEquals("dev", change.actor());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void percentDoneIsFrom0To100(int percent) {
        var task = taskAt(TaskStatus.WORKING);
        var refused = assertThrows(ProservException.class, () -> task.reportProgress(DEVELOPER, percent, null, NOW));
        assertEquals("percentDone", refused.fieldErrors().get(0).field());
        assertEquals(0, task.percentDone());
    }

    @Test
    void onlyTheDeveloperReportsProgress() {
        var task = taskAt(TaskStatus.WORKING);
        for (var someone : new Actor[] {QA, DIRECTOR, ADMIN, TaskFixture.CUSTOMER}) {
            var refused = assertThrows(ProservException.class, () -> task.reportProgress(someone, 50, null, NOW));
            assertEquals(ProblemCategory.FORBIDDEN, refused.category());
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = TaskStatus.class,
            names = {"SCHEDULED", "COMPLETED", "READY_TO_UPLOAD", "UPLOADED", "APPROVED", "CLOSED"})
    void progressIsReportedAndBehindScheduleShownOnlyInDevelopment(TaskStatus status) {
        var task = taskAt(status);
        var refused = assertThrows(ProservException.class, () -> task.reportProgress(DEVELOPER, 50, null, NOW));
        assertEquals(ProblemCategory.CONFLICT, refused.category());
        assertFalse(task.behindSchedule(NOW.plusSeconds(1_000_000)));
    }

    @ParameterizedTest
    @EnumSource(
            value = TaskStatus.class,
            names = {"WORKING", "QUALITY_ASSURANCE", "REVIEWING"})
    void everyDevelopmentStatusCountsAgainstThePlan(TaskStatus status) {
        var task = taskAt(status);
        assertTrue(task.behindSchedule(NOW.plusSeconds(50)));
    }

    @Test
    void aDirectorReplansWorkNotYetCompleted() {
        var task = taskAt(TaskStatus.WORKING);
        var later = Plan.of(NOW.plusSeconds(1000), NOW.plusSeconds(2000));
        assertThrows(ProservException.class, () -> task.replan(DEVELOPER, later, null, NOW));
        task.replan(DIRECTOR, later, "the customer asked to wait", NOW);
        assertFalse(task.behindSchedule(NOW.plusSeconds(1000)));
        var completed = taskAt(TaskStatus.COMPLETED);
        assertEquals(
                ProblemCategory.CONFLICT,
                assertThrows(ProservException.class, () -> completed.replan(DIRECTOR, later, null, NOW))
                        .category());
    }

    @Test
    void theBehindNoticeIsDueOnceUntilTheTaskCatchesUpAndFallsBehindAgain() {
        var task = taskAt(TaskStatus.WORKING);
        assertFalse(task.behindNoticeDue(NOW));
        var behind = NOW.plusSeconds(20);
        assertTrue(task.behindNoticeDue(behind));
        task.behindNoticeSent(behind);
        assertFalse(task.behindNoticeDue(behind.plusSeconds(5)), "told once");
        assertThrows(IllegalStateException.class, () -> task.behindNoticeSent(behind.plusSeconds(5)));
        task.reportProgress(DEVELOPER, 30, "caught up", behind.plusSeconds(5));
        assertTrue(task.behindNotifiedAt().isEmpty());
        assertFalse(task.behindNoticeDue(NOW.plusSeconds(30)));
        assertTrue(task.behindNoticeDue(NOW.plusSeconds(31)), "behind again: news again");
    }

    @Test
    void stillBehindAfterAReportKeepsTheNoticeSent() {
        var task = taskAt(TaskStatus.WORKING);
        var behind = NOW.plusSeconds(50);
        task.behindNoticeSent(behind);
        task.reportProgress(DEVELOPER, 20, null, behind);
        assertEquals(behind, task.behindNotifiedAt().orElseThrow());
        assertFalse(task.behindNoticeDue(behind.plusSeconds(1)));
    }
}
