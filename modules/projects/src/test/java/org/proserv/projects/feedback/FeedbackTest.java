package org.proserv.projects.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;
import org.proserv.projects.schedule.DeliveryTerms;
import org.proserv.projects.schedule.PartInvoice;
import org.proserv.projects.schedule.Schedule;

/** Feedback after a project closes (docs/projects.md, Feedback). */
class FeedbackTest {

    static final Actor CUSTOMER = new Actor("alice", Role.customer, 7L);
    static final Actor DIRECTOR = new Actor("dora", Role.director, null);
    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    static Schedule scheduled() {
        return new Schedule(1L, 7L, NOW.plus(30, ChronoUnit.DAYS), new PartInvoice(1, 501L, true), DIRECTOR, NOW);
    }

    static Schedule closed() {
        var schedule = scheduled();
        schedule.tasksNow(List.of(new Schedule.Progress(true, true)), NOW, DeliveryTerms.standard());
        return schedule;
    }

    @Test
    void feedbackComesOnlyAfterTheProjectCloses() {
        var approvedOnly = scheduled();
        approvedOnly.tasksNow(List.of(new Schedule.Progress(true, false)), NOW, DeliveryTerms.standard());
        for (Schedule notClosed : List.of(scheduled(), approvedOnly)) {
            var refused =
                    assertThrows(ProservException.class, () -> Feedback.rating(notClosed, 5, "Great", CUSTOMER, NOW));
            assertEquals("feedback-after-closing", refused.properties().get("rule"));
            assertThrows(ProservException.class, () -> Feedback.complaint(notClosed, "Late", CUSTOMER, NOW));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1, Integer.MAX_VALUE})
    void aRatingIsFrom1To5(int rating) {
        var refused =
                assertThrows(ProservException.class, () -> Feedback.rating(closed(), rating, "Hmm", CUSTOMER, NOW));
        assertEquals("rating", refused.fieldErrors().get(0).field());
    }

    @Test
    void theCustomerRatesWithComments() {
        assertEquals(
                1, Feedback.rating(closed(), 1, "Slow", CUSTOMER, NOW).rating().orElseThrow());
        var best = Feedback.rating(closed(), 5, "Great work", CUSTOMER, NOW);
        assertEquals(5, best.rating().orElseThrow());
        assertEquals("Great work", best.comments());
        assertEquals(Feedback.Kind.RATING, best.kind());
    }

    @Test
    void aDirectorAnswersAComplaintOnce() {
        var complaint = Feedback.complaint(closed(), "The upload broke my theme", CUSTOMER, NOW);
        assertTrue(complaint.answer().isEmpty());
        for (Role role : List.of(Role.admin, Role.developer, Role.customer)) {
            var someone = new Actor("x", role, role == Role.customer ? 7L : null);
            assertEquals(
                    ProblemCategory.FORBIDDEN,
                    assertThrows(ProservException.class, () -> complaint.answer("Sorry", someone, NOW))
                            .category());
        }
        complaint.answer("We restored it and fixed the upload script.", DIRECTOR, NOW.plusSeconds(60));
        assertEquals(
                "We restored it and fixed the upload script.",
                complaint.answer().orElseThrow());
        assertEquals("dora", complaint.answeredBy().orElseThrow());
        var again = assertThrows(ProservException.class, () -> complaint.answer("Again", DIRECTOR, NOW));
        assertEquals("answered-once", again.properties().get("rule"));
    }

    @Test
    void ratingsAreNotAnsweredAndComplaintsNeedText() {
        var rating = Feedback.rating(closed(), 4, "", CUSTOMER, NOW);
        assertEquals(
                ProblemCategory.CONFLICT,
                assertThrows(ProservException.class, () -> rating.answer("Thanks", DIRECTOR, NOW))
                        .category());
        assertEquals(
                "comments",
                assertThrows(ProservException.class, () -> Feedback.complaint(closed(), "  ", CUSTOMER, NOW))
                        .fieldErrors()
                        .get(0)
                        .field());
    }

    @Test
    void onlyTheProjectsCustomerLeavesFeedback() {
        assertEquals(
                ProblemCategory.NOT_FOUND,
                assertThrows(
                                ProservException.class,
                                () -> Feedback.rating(closed(), 5, "x", new Actor("bob", Role.customer, 8L), NOW))
                        .category());
        assertEquals(
                ProblemCategory.FORBIDDEN,
                assertThrows(ProservException.class, () -> Feedback.rating(closed(), 5, "x", DIRECTOR, NOW))
                        .category());
    }
}
