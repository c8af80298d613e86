package org.proserv.support.tickets;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proserv.support.tickets.TicketStatus.ASSIGNED;
import static org.proserv.support.tickets.TicketStatus.CLOSED;
import static org.proserv.support.tickets.TicketStatus.IN_PROGRESS;
import static org.proserv.support.tickets.TicketStatus.PRE_CLOSED;
import static org.proserv.support.tickets.TicketStatus.SUBMITTED;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.proserv.kernel.calendar.BusinessCalendar;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;

/**
 * The ticket lifecycle rules (docs/support.md, "Tickets" and "SLA"), on the standard calendar (UTC+04:00; weekdays
 * 08:00-24:00, weekends 10:00-18:00) and the standard policy (first answer within 16 business hours, pre-close after 7
 * days, auto-close 3 days later, reopen within 14 days). Every instant is passed explicitly; 2025-12-01 is a Monday.
 */
class TicketTest {

    private static final BusinessCalendar CALENDAR = BusinessCalendar.standard();
    private static final SupportPolicy POLICY = SupportPolicy.standard();
    private static final SupportTerms TERMS = new SupportTerms(CALENDAR, POLICY);
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    private static final Actor CUSTOMER = new Actor("alice", Role.customer, 7L);
    private static final Actor DISPATCHER = new Actor("dora", Role.dispatcher, null);
    private static final Actor ENGINEER = new Actor("eric", Role.engineer, null);

    /** Monday 09:00 local; the first answer is due Tuesday 09:00 (15h on Monday + 1h on Tuesday). */
    private static final Instant SUBMITTED_AT = local("2025-12-01T09:00");

    private static final Instant FIRST_RESPONSE_DUE = local("2025-12-02T09:00");

    private static final Instant ASSIGNED_AT = local("2025-12-01T10:00");
    private static final Instant ANSWERED_AT = local("2025-12-01T11:00");
    private static final Instant CLOSED_AT = local("2025-12-02T10:00");

    private static Instant local(String localDateTime) {
        return LocalDateTime.parse(localDateTime).toInstant(ZoneOffset.ofHours(4));
    }

    private static Ticket submitted() {
        return submittedAt(SUBMITTED_AT);
    }

    private static Ticket submittedAt(Instant now) {
        return new Ticket(
                7L,
                70L,
                "X-Cart",
                "4.1.9",
                "Checkout fails",
                "The checkout page is blank",
                false,
                CUSTOMER,
                now,
                TERMS);
    }

    /** Classified (a free general question) and assigned to Eric, as a dispatcher does. */
    private static Ticket assigned() {
        Ticket ticket = submitted();
        ticket.classify("GENERAL_QUESTION", 0, DISPATCHER, ASSIGNED_AT);
        ticket.assign("eric", DISPATCHER, ASSIGNED_AT);
        return ticket;
    }

    /** Assigned, then answered by the engineer at {@link #ANSWERED_AT}. */
    private static Ticket inProgress() {
        Ticket ticket = assigned();
        ticket.answerAsStaff(ENGINEER, "Please clear the cache", ANSWERED_AT, TERMS);
        return ticket;
    }

    /** Pre-closed exactly 7 days after the staff answer the customer never replied to. */
    private static Ticket preClosed() {
        Ticket ticket = inProgress();
        ticket.preClose(ANSWERED_AT.plus(POLICY.preCloseAfter()), POLICY);
        return ticket;
    }

    /** Answered and then closed by the customer the next day, at {@link #CLOSED_AT}. */
    private static Ticket closed() {
        Ticket ticket = inProgress();
        ticket.close(CUSTOMER, CLOSED_AT);
        return ticket;
    }

    private static Ticket ticketIn(TicketStatus status) {
        Ticket ticket = switch (status) {
            case SUBMITTED -> submitted();
            case ASSIGNED -> assigned();
            case IN_PROGRESS -> inProgress();
            case PRE_CLOSED -> preClosed();
            case CLOSED -> closed();
            case AWAITING_TOP_UP -> throw new IllegalArgumentException("not reached through the lifecycle alone");
        };
        assertEquals(status, ticket.status(), "test setup");
        return ticket;
    }

    private static ProservException assertConflict(Executable action) {
        ProservException e = assertThrows(ProservException.class, action);
        assertEquals(ProblemCategory.CONFLICT, e.category(), e.getMessage());
        return e;
    }

    @Nested
    class Opening {

        @Test
        void newTicketIsSubmittedAndAwaitsItsFirstAnswerOneBusinessDayLater() {
            Ticket ticket = submitted();

            assertAll(
                    () -> assertEquals(SUBMITTED, ticket.status()),
                    () -> assertEquals(SUBMITTED_AT, ticket.submittedAt()),
                    () -> assertEquals(SUBMITTED_AT, ticket.statusChangedAt()),
                    () -> assertEquals(FIRST_RESPONSE_DUE, ticket.deadlines().firstResponseDueAt()),
                    () -> assertEquals(
                            CALENDAR.due(SUBMITTED_AT, Duration.ofHours(16)),
                            ticket.deadlines().firstResponseDueAt()),
                    () -> assertEquals(
                            FIRST_RESPONSE_DUE,
                            ticket.deadlines().responseDueAt().orElseThrow()),
                    () -> assertEquals(
                            ResponseKind.FIRST_RESPONSE,
                            ticket.deadlines().responseDueKind().orElseThrow()),
                    () -> assertTrue(ticket.engineer().isEmpty()),
                    () -> assertTrue(ticket.deadlines().firstResponseAt().isEmpty()),
                    () -> assertTrue(
                            ticket.deadlines().firstResponseBusinessTime().isEmpty()),
                    () -> assertTrue(ticket.closedAt().isEmpty()));
        }

        /** Business hours, not wall hours: closed nights and short weekend days stretch the deadline. */
        @ParameterizedTest(name = "submitted {0} -> first answer due {1}")
        @CsvSource({
            "2025-12-01T09:00, 2025-12-02T09:00", // Monday morning -> Tuesday morning
            "2025-12-01T23:00, 2025-12-02T23:00", // 1h on Monday, 15h on Tuesday
            "2025-12-02T03:00, 2025-12-03T08:00", // closed at night: counts from the 08:00 opening
            "2025-12-05T20:00, 2025-12-07T14:00", // Friday 4h, Saturday 8h, Sunday 4h
        })
        void firstAnswerIsDueSixteenBusinessHoursAfterSubmission(String submitted, String due) {
            assertEquals(local(due), submittedAt(local(submitted)).deadlines().firstResponseDueAt());
        }

        @Test
        void theFirstMessageIsTheCustomersAndTheHistoryRecordsTheSubmission() {
            Ticket ticket = submitted();

            assertEquals(1, ticket.messages().size());
            TicketMessage message = ticket.messages().get(0);
            assertAll(
                    () -> assertEquals(1, message.seqNo()),
                    () -> assertEquals("alice", message.author()),
                    () -> assertFalse(message.fromStaff()),
                    () -> assertEquals("The checkout page is blank", message.body()),
                    () -> assertEquals(SUBMITTED_AT, message.postedAt()));

            assertEquals(1, ticket.history().size());
            StatusChange change = ticket.history().get(0);
            assertAll(
                    () -> assertEquals(1, change.seqNo()),
                    () -> assertNull(change.from()),
                    () -> assertEquals(SUBMITTED, change.to()),
                    () -> assertEquals("alice", change.actor()),
                    () -> assertEquals(SUBMITTED_AT, change.changedAt()));
        }

        @Test
        void messagesAndHistoryCannotBeEditedFromOutside() {
            Ticket ticket = submitted();

            assertThrows(
                    UnsupportedOperationException.class, () -> ticket.messages().clear());
            assertThrows(
                    UnsupportedOperationException.class, () -> ticket.history().clear());
        }
    }

    @Nested
    class Assignment {

        @Test
        void assigningASubmittedTicketMovesItToAssignedWithANote() {
            Ticket ticket = assigned();

            assertEquals(ASSIGNED, ticket.status());
            assertEquals("eric", ticket.engineer().orElseThrow());
            assertEquals(ASSIGNED_AT, ticket.statusChangedAt());
            StatusChange change = ticket.history().get(ticket.history().size() - 1);
            assertAll(
                    () -> assertEquals(SUBMITTED, change.from()),
                    () -> assertEquals(ASSIGNED, change.to()),
                    () -> assertEquals("dora", change.actor()),
                    () -> assertEquals("assigned to eric", change.note()),
                    () -> assertEquals(ASSIGNED_AT, change.changedAt()));
        }

        @Test
        void anUnclassifiedTicketCannotBeAssigned() {
            Ticket ticket = submitted();
            ProservException e = assertConflict(() -> ticket.assign("eric", DISPATCHER, ASSIGNED_AT));
            assertEquals("not-classified", e.properties().get("reason"));
            assertEquals(SUBMITTED, ticket.status());
            assertTrue(ticket.engineer().isEmpty());
        }

        @Test
        void assignmentDoesNotStopTheFirstResponseClock() {
            Ticket ticket = assigned();

            assertEquals(FIRST_RESPONSE_DUE, ticket.deadlines().responseDueAt().orElseThrow());
            assertEquals(
                    ResponseKind.FIRST_RESPONSE,
                    ticket.deadlines().responseDueKind().orElseThrow());
        }

        @ParameterizedTest
        @EnumSource(
                value = TicketStatus.class,
                names = {"ASSIGNED", "IN_PROGRESS"})
        void reassigningKeepsTheStatusAndAddsANote(TicketStatus status) {
            Ticket ticket = ticketIn(status);
            Instant statusChangedAt = ticket.statusChangedAt();
            int entries = ticket.history().size();
            Instant later = local("2025-12-01T15:00");

            ticket.assign("erin", DISPATCHER, later);

            assertEquals(status, ticket.status());
            assertEquals("erin", ticket.engineer().orElseThrow());
            assertEquals(statusChangedAt, ticket.statusChangedAt(), "a note is not a status change");
            assertEquals(entries + 1, ticket.history().size());
            StatusChange note = ticket.history().get(entries);
            assertAll(
                    () -> assertEquals(status, note.from()),
                    () -> assertEquals(status, note.to()),
                    () -> assertEquals("dora", note.actor()),
                    () -> assertEquals("reassigned to erin", note.note()),
                    () -> assertEquals(later, note.changedAt()));
        }

        @ParameterizedTest
        @EnumSource(
                value = TicketStatus.class,
                names = {"PRE_CLOSED", "CLOSED"})
        void aPreClosedOrClosedTicketCannotBeAssigned(TicketStatus status) {
            Ticket ticket = ticketIn(status);
            int entries = ticket.history().size();

            ProservException e = assertConflict(() -> ticket.assign("erin", DISPATCHER, local("2025-12-20T10:00")));

            assertEquals(status.name(), e.properties().get("ticketStatus"));
            assertEquals("eric", ticket.engineer().orElseThrow());
            assertEquals(entries, ticket.history().size());
        }
    }

    @Nested
    class StaffAnswers {

        @Test
        void staffCannotAnswerBeforeTheTicketIsAssigned() {
            Ticket ticket = submitted();

            assertConflict(() -> ticket.answerAsStaff(ENGINEER, "Hi", ANSWERED_AT, TERMS));

            assertEquals(SUBMITTED, ticket.status());
            assertEquals(1, ticket.messages().size());
            assertTrue(ticket.deadlines().firstResponseAt().isEmpty());
            assertEquals(FIRST_RESPONSE_DUE, ticket.deadlines().responseDueAt().orElseThrow());
        }

        @Test
        void theFirstStaffAnswerStartsTheWorkAndStopsTheClock() {
            Ticket ticket = assigned();
            // Monday 09:00-24:00 is 15 business hours, Tuesday 08:00-08:30 another half hour;
            // 23h30 of wall time.
            Instant answeredAt = local("2025-12-02T08:30");

            ticket.answerAsStaff(ENGINEER, "Please clear the cache", answeredAt, TERMS);

            assertAll(
                    () -> assertEquals(IN_PROGRESS, ticket.status()),
                    () -> assertEquals(answeredAt, ticket.statusChangedAt()),
                    () -> assertEquals(
                            answeredAt, ticket.deadlines().firstResponseAt().orElseThrow()),
                    () -> assertEquals(
                            Duration.ofMinutes(15 * 60 + 30),
                            ticket.deadlines().firstResponseBusinessTime().orElseThrow()),
                    () -> assertEquals(
                            CALENDAR.businessTime(SUBMITTED_AT, answeredAt),
                            ticket.deadlines().firstResponseBusinessTime().orElseThrow()),
                    () -> assertTrue(
                            ticket.deadlines().responseDueAt().isEmpty(), "no staff answer is awaited any more"),
                    () -> assertTrue(ticket.deadlines().responseDueKind().isEmpty()));
            StatusChange change = ticket.history().get(ticket.history().size() - 1);
            assertEquals(ASSIGNED, change.from());
            assertEquals(IN_PROGRESS, change.to());
            assertEquals("eric", change.actor());
            TicketMessage message = ticket.messages().get(1);
            assertTrue(message.fromStaff());
            assertEquals("eric", message.author());
        }

        @Test
        void laterStaffAnswersDoNotMoveTheFirstResponse() {
            Ticket ticket = inProgress();
            int entries = ticket.history().size();

            ticket.answerAsStaff(ENGINEER, "Any news?", local("2025-12-03T12:00"), TERMS);

            assertEquals(ANSWERED_AT, ticket.deadlines().firstResponseAt().orElseThrow());
            assertEquals(
                    Duration.ofHours(2),
                    ticket.deadlines().firstResponseBusinessTime().orElseThrow());
            assertEquals(IN_PROGRESS, ticket.status());
            assertEquals(entries, ticket.history().size(), "no status change, no history entry");
        }
    }

    @Nested
    class FirstResponseSla {

        @Test
        void anUnansweredTicketIsRunningUpToTheDueInstantAndBreachedOneSecondLater() {
            Ticket ticket = assigned();

            assertEquals(SlaState.running, ticket.slaState(SUBMITTED_AT));
            assertEquals(SlaState.running, ticket.slaState(FIRST_RESPONSE_DUE.minus(ONE_SECOND)));
            assertEquals(SlaState.running, ticket.slaState(FIRST_RESPONSE_DUE));
            assertEquals(SlaState.breached, ticket.slaState(FIRST_RESPONSE_DUE.plus(ONE_SECOND)));
        }

        @Test
        void anAnswerExactlyAtTheDueInstantMeetsTheSla() {
            Ticket ticket = assigned();

            ticket.answerAsStaff(ENGINEER, "On time", FIRST_RESPONSE_DUE, TERMS);

            assertEquals(SlaState.met, ticket.slaState(FIRST_RESPONSE_DUE));
            assertEquals(
                    SlaState.met,
                    ticket.slaState(FIRST_RESPONSE_DUE.plus(Duration.ofDays(30))),
                    "a kept promise stays kept");
            assertEquals(
                    Duration.ofHours(16),
                    ticket.deadlines().firstResponseBusinessTime().orElseThrow());
        }

        @Test
        void anAnswerOneSecondAfterTheDueInstantBreachesTheSla() {
            Ticket ticket = assigned();

            ticket.answerAsStaff(ENGINEER, "Late", FIRST_RESPONSE_DUE.plus(ONE_SECOND), TERMS);

            assertEquals(SlaState.breached, ticket.slaState(FIRST_RESPONSE_DUE.plus(ONE_SECOND)));
            assertEquals(SlaState.breached, ticket.slaState(FIRST_RESPONSE_DUE.plus(Duration.ofDays(30))));
        }

        @Test
        void aTicketTheCustomerClosedBeforeTheDueInstantWithoutAnAnswerIsNotBreached() {
            Ticket ticket = submitted();

            ticket.close(CUSTOMER, FIRST_RESPONSE_DUE.minus(ONE_SECOND));

            assertNotEquals(SlaState.breached, ticket.slaState(FIRST_RESPONSE_DUE.plus(Duration.ofDays(30))));
        }

        @Test
        void aTicketClosedAfterTheDueInstantWithoutAnAnswerStaysBreached() {
            Ticket ticket = submitted();

            ticket.close(CUSTOMER, FIRST_RESPONSE_DUE.plus(ONE_SECOND));

            assertEquals(SlaState.breached, ticket.slaState(FIRST_RESPONSE_DUE.plus(Duration.ofDays(30))));
        }
    }

    @Nested
    class Closing {

        @Test
        void aCustomerMessageAfterConfirmingTakesTheConfirmationBack() {
            Ticket ticket = inProgress();
            ticket.confirmSolution(CUSTOMER, local("2025-12-01T12:00"));
            ticket.answerAsCustomer(CUSTOMER, "Actually, one more thing", local("2025-12-01T12:05"), TERMS);

            assertTrue(ticket.customerConfirmedAt().isEmpty());
            assertConflict(() -> ticket.close(ENGINEER, local("2025-12-01T12:10")));
        }

        @ParameterizedTest
        @EnumSource(
                value = TicketStatus.class,
                names = {"SUBMITTED", "ASSIGNED", "IN_PROGRESS", "PRE_CLOSED"})
        void theCustomerMayCloseAtAnyTimeAndThatIsTheirConfirmation(TicketStatus status) {
            Ticket ticket = ticketIn(status);
            Instant closing = local("2025-12-12T10:00");

            ticket.close(CUSTOMER, closing);

            assertAll(
                    () -> assertEquals(CLOSED, ticket.status()),
                    () -> assertEquals(closing, ticket.closedAt().orElseThrow()),
                    () -> assertEquals(closing, ticket.customerConfirmedAt().orElseThrow()),
                    () -> assertTrue(ticket.preClosedAt().isEmpty()),
                    () -> assertTrue(ticket.deadlines().responseDueAt().isEmpty(), "a closed ticket awaits no answer"));
            StatusChange change = ticket.history().get(ticket.history().size() - 1);
            assertEquals(status, change.from());
            assertEquals(CLOSED, change.to());
            assertEquals("alice", change.actor());
        }

        @ParameterizedTest
        @EnumSource(
                value = Role.class,
                names = {"dispatcher", "engineer", "admin"})
        void staffCannotCloseBeforeTheCustomerConfirmsTheSolution(Role role) {
            Ticket ticket = inProgress();
            Actor staff = new Actor("sam", role, null);

            assertConflict(() -> ticket.close(staff, local("2025-12-02T10:00")));

            assertEquals(IN_PROGRESS, ticket.status());
            assertTrue(ticket.closedAt().isEmpty());
        }

        @Test
        void staffMayCloseOnceTheCustomerConfirmedTheSolution() {
            Ticket ticket = inProgress();
            Instant confirmed = local("2025-12-02T10:00");
            Instant closing = local("2025-12-02T11:00");

            ticket.confirmSolution(CUSTOMER, confirmed);
            ticket.close(ENGINEER, closing);

            assertEquals(CLOSED, ticket.status());
            assertEquals(closing, ticket.closedAt().orElseThrow());
            assertEquals(confirmed, ticket.customerConfirmedAt().orElseThrow(), "the customer's confirmation is kept");
            assertEquals(
                    "eric", ticket.history().get(ticket.history().size() - 1).actor());
        }

        @ParameterizedTest
        @EnumSource(
                value = TicketStatus.class,
                names = {"IN_PROGRESS", "PRE_CLOSED"})
        void theSolutionCanBeConfirmedOnceStaffHaveAnswered(TicketStatus status) {
            Ticket ticket = ticketIn(status);
            Instant confirmed = local("2025-12-12T10:00");

            ticket.confirmSolution(CUSTOMER, confirmed);

            assertEquals(status, ticket.status(), "confirming is not closing");
            assertEquals(confirmed, ticket.customerConfirmedAt().orElseThrow());
            StatusChange note = ticket.history().get(ticket.history().size() - 1);
            assertEquals(status, note.from());
            assertEquals(status, note.to());
            assertEquals("alice", note.actor());
            assertEquals("customer confirmed the solution", note.note());
        }

        @ParameterizedTest
        @EnumSource(
                value = TicketStatus.class,
                names = {"SUBMITTED", "ASSIGNED", "CLOSED"})
        void theSolutionCannotBeConfirmedBeforeAnAnswerOrAfterClosing(TicketStatus status) {
            Ticket ticket = ticketIn(status);
            var confirmedBefore = ticket.customerConfirmedAt();

            assertConflict(() -> ticket.confirmSolution(CUSTOMER, local("2025-12-12T10:00")));

            assertEquals(confirmedBefore, ticket.customerConfirmedAt());
        }
    }

    @Nested
    class PreClosingAndAutoClosing {

        private final Instant preCloseAt = ANSWERED_AT.plus(Duration.ofDays(7));

        @Test
        void anAnsweredTicketIsDueForPreClosingExactlySevenDaysAfterTheStaffAnswer() {
            Ticket ticket = inProgress();

            assertFalse(ticket.preCloseDue(preCloseAt.minus(ONE_SECOND), POLICY));
            assertTrue(ticket.preCloseDue(preCloseAt, POLICY));
            assertTrue(ticket.preCloseDue(preCloseAt.plus(Duration.ofDays(1)), POLICY));
        }

        @Test
        void aLaterStaffAnswerRestartsTheWait() {
            Ticket ticket = inProgress();
            Instant secondAnswer = ANSWERED_AT.plus(Duration.ofDays(3));
            ticket.answerAsStaff(ENGINEER, "Any news?", secondAnswer, TERMS);

            assertFalse(ticket.preCloseDue(preCloseAt, POLICY));
            assertTrue(ticket.preCloseDue(secondAnswer.plus(Duration.ofDays(7)), POLICY));
        }

        @Test
        void aTicketWhoseLastMessageIsTheCustomersIsNeverDueForPreClosing() {
            Ticket ticket = inProgress();
            ticket.answerAsCustomer(CUSTOMER, "Still broken", local("2025-12-01T12:00"), TERMS);

            assertFalse(ticket.preCloseDue(preCloseAt.plus(Duration.ofDays(30)), POLICY));
            assertConflict(() -> ticket.preClose(preCloseAt.plus(Duration.ofDays(30)), POLICY));
        }

        @ParameterizedTest
        @EnumSource(
                value = TicketStatus.class,
                names = {"SUBMITTED", "ASSIGNED", "PRE_CLOSED", "CLOSED"})
        void onlyATicketInProgressCanBePreClosed(TicketStatus status) {
            Ticket ticket = ticketIn(status);
            Instant muchLater = local("2026-03-01T10:00");

            assertFalse(ticket.preCloseDue(muchLater, POLICY));
            assertConflict(() -> ticket.preClose(muchLater, POLICY));
            assertEquals(status, ticket.status());
        }

        @Test
        void preClosingBeforeItIsDueIsRefused() {
            Ticket ticket = inProgress();

            assertConflict(() -> ticket.preClose(preCloseAt.minus(ONE_SECOND), POLICY));

            assertEquals(IN_PROGRESS, ticket.status());
            assertTrue(ticket.preClosedAt().isEmpty());
        }

        @Test
        void preClosingRecordsWhenAndWhy() {
            Ticket ticket = inProgress();

            ticket.preClose(preCloseAt, POLICY);

            assertEquals(PRE_CLOSED, ticket.status());
            assertEquals(preCloseAt, ticket.preClosedAt().orElseThrow());
            assertEquals(preCloseAt, ticket.statusChangedAt());
            StatusChange change = ticket.history().get(ticket.history().size() - 1);
            assertEquals(IN_PROGRESS, change.from());
            assertEquals(PRE_CLOSED, change.to());
            assertEquals("system", change.actor());
            assertTrue(change.note().contains(ANSWERED_AT.toString()), change.note());
        }

        @Test
        void aPreClosedTicketIsDueForClosingExactlyThreeDaysLater() {
            Ticket ticket = preClosed();
            Instant autoCloseAt = preCloseAt.plus(Duration.ofDays(3));

            assertFalse(ticket.autoCloseDue(autoCloseAt.minus(ONE_SECOND), POLICY));
            assertConflict(() -> ticket.autoClose(autoCloseAt.minus(ONE_SECOND), POLICY));
            assertEquals(PRE_CLOSED, ticket.status());

            assertTrue(ticket.autoCloseDue(autoCloseAt, POLICY));
            ticket.autoClose(autoCloseAt, POLICY);

            assertEquals(CLOSED, ticket.status());
            assertEquals(autoCloseAt, ticket.closedAt().orElseThrow());
            assertTrue(ticket.preClosedAt().isEmpty());
            StatusChange change = ticket.history().get(ticket.history().size() - 1);
            assertEquals(PRE_CLOSED, change.from());
            assertEquals(CLOSED, change.to());
            assertEquals("system", change.actor());
        }

        @ParameterizedTest
        @EnumSource(
                value = TicketStatus.class,
                names = {"SUBMITTED", "ASSIGNED", "IN_PROGRESS", "CLOSED"})
        void onlyAPreClosedTicketCanBeAutoClosed(TicketStatus status) {
            Ticket ticket = ticketIn(status);
            Instant muchLater = local("2026-03-01T10:00");

            assertFalse(ticket.autoCloseDue(muchLater, POLICY));
            assertConflict(() -> ticket.autoClose(muchLater, POLICY));
            assertEquals(status, ticket.status());
        }

        @Test
        void aCustomerAnswerBringsAPreClosedTicketBackToProgress() {
            Ticket ticket = preClosed();
            Instant answered = preCloseAt.plus(Duration.ofDays(1));

            ticket.answerAsCustomer(CUSTOMER, "Sorry, I was away; it still fails", answered, TERMS);

            assertEquals(IN_PROGRESS, ticket.status());
            assertTrue(ticket.preClosedAt().isEmpty());
            assertFalse(ticket.autoCloseDue(preCloseAt.plus(Duration.ofDays(30)), POLICY));
            assertFalse(
                    ticket.preCloseDue(preCloseAt.plus(Duration.ofDays(30)), POLICY),
                    "the customer spoke last; staff owe the next message");
            StatusChange change = ticket.history().get(ticket.history().size() - 1);
            assertEquals(PRE_CLOSED, change.from());
            assertEquals(IN_PROGRESS, change.to());
            assertEquals("alice", change.actor());
            assertEquals("customer answered", change.note());
        }
    }

    @Nested
    class Reopening {

        /** Closed Tuesday 2025-12-02 10:00; reopenable until Tuesday 2025-12-16 10:00. */
        private final Instant closedAt = CLOSED_AT;

        private final Instant lastChance = local("2025-12-16T10:00");

        @Test
        void theCustomerMayReopenUpToExactlyFourteenDaysAfterClosing() {
            Ticket ticket = closed();

            ticket.reopen(CUSTOMER, lastChance, TERMS);

            // Tuesday 10:00-24:00 is 14 business hours, Wednesday 08:00-10:00 the other two.
            assertAll(
                    () -> assertEquals(IN_PROGRESS, ticket.status(), "an engineer already has it"),
                    () -> assertEquals(
                            local("2025-12-17T10:00"),
                            ticket.deadlines().responseDueAt().orElseThrow()),
                    () -> assertEquals(
                            CALENDAR.due(lastChance, Duration.ofHours(16)),
                            ticket.deadlines().responseDueAt().orElseThrow()),
                    () -> assertEquals(
                            ResponseKind.FOLLOW_UP,
                            ticket.deadlines().responseDueKind().orElseThrow()),
                    () -> assertTrue(ticket.closedAt().isEmpty()),
                    () -> assertTrue(ticket.customerConfirmedAt().isEmpty(), "the old confirmation no longer counts"),
                    () -> assertEquals("eric", ticket.engineer().orElseThrow()),
                    () -> assertEquals(
                            FIRST_RESPONSE_DUE,
                            ticket.deadlines().firstResponseDueAt(),
                            "the first promise is history"));
            StatusChange change = ticket.history().get(ticket.history().size() - 1);
            assertEquals(CLOSED, change.from());
            assertEquals(IN_PROGRESS, change.to());
            assertEquals("alice", change.actor());
            assertEquals("reopened", change.note());
        }

        @Test
        void reopeningOneSecondAfterTheWindowIsRefused() {
            Ticket ticket = closed();
            int entries = ticket.history().size();

            ProservException e = assertConflict(() -> ticket.reopen(CUSTOMER, lastChance.plus(ONE_SECOND), TERMS));

            assertEquals(lastChance.toString(), e.properties().get("reopenableUntil"));
            assertEquals(CLOSED, ticket.status());
            assertEquals(closedAt, ticket.closedAt().orElseThrow());
            assertEquals(entries, ticket.history().size());
        }

        @Test
        void aTicketClosedBeforeAssignmentGoesBackToTheQueue() {
            Ticket ticket = submitted();
            ticket.close(CUSTOMER, closedAt);
            Instant reopening = local("2025-12-03T09:00");

            ticket.reopen(CUSTOMER, reopening, TERMS);

            assertEquals(SUBMITTED, ticket.status());
            assertTrue(ticket.engineer().isEmpty());
            assertEquals(
                    CALENDAR.due(reopening, Duration.ofHours(16)),
                    ticket.deadlines().responseDueAt().orElseThrow());
            assertEquals(
                    ResponseKind.FOLLOW_UP, ticket.deadlines().responseDueKind().orElseThrow());
        }

        @Test
        void afterReopeningStaffNeedAFreshConfirmationToClose() {
            Ticket ticket = closed();
            ticket.reopen(CUSTOMER, local("2025-12-03T09:00"), TERMS);

            assertConflict(() -> ticket.close(ENGINEER, local("2025-12-03T10:00")));
            assertEquals(IN_PROGRESS, ticket.status());
        }

        @Test
        void theFollowUpAnswerClearsTheDeadline() {
            Ticket ticket = closed();
            ticket.reopen(CUSTOMER, local("2025-12-03T09:00"), TERMS);

            ticket.answerAsStaff(ENGINEER, "Looking again", local("2025-12-03T11:00"), TERMS);

            assertTrue(ticket.deadlines().responseDueAt().isEmpty());
            assertTrue(ticket.deadlines().responseDueKind().isEmpty());
            assertEquals(
                    ANSWERED_AT,
                    ticket.deadlines().firstResponseAt().orElseThrow(),
                    "the first answer stays the first");
        }

        @ParameterizedTest
        @EnumSource(
                value = TicketStatus.class,
                names = {"SUBMITTED", "ASSIGNED", "IN_PROGRESS", "PRE_CLOSED"})
        void onlyAClosedTicketCanBeReopened(TicketStatus status) {
            Ticket ticket = ticketIn(status);

            assertConflict(() -> ticket.reopen(CUSTOMER, local("2025-12-12T10:00"), TERMS));
            assertEquals(status, ticket.status());
        }
    }

    @Nested
    class ClosedTickets {

        @Test
        void nothingCanBeWrittenOnOrDoneToAClosedTicket() {
            Ticket ticket = closed();
            int messages = ticket.messages().size();
            int entries = ticket.history().size();
            Instant later = local("2025-12-03T10:00");

            assertAll(
                    () -> assertConflict(() -> ticket.answerAsCustomer(CUSTOMER, "One more thing", later, TERMS)),
                    () -> assertConflict(() -> ticket.answerAsStaff(ENGINEER, "One more thing", later, TERMS)),
                    () -> assertConflict(() -> ticket.assign("erin", DISPATCHER, later)),
                    () -> assertConflict(() -> ticket.confirmSolution(CUSTOMER, later)),
                    () -> assertConflict(() -> ticket.close(CUSTOMER, later)));

            assertEquals(CLOSED, ticket.status());
            assertEquals(messages, ticket.messages().size());
            assertEquals(entries, ticket.history().size());
            assertEquals("eric", ticket.engineer().orElseThrow());
        }
    }

    @Nested
    class Ordering {

        @Test
        void messagesAndHistoryAreKeptInOrderWithSequenceNumbersFromOne() {
            Ticket ticket = assigned();
            ticket.answerAsStaff(ENGINEER, "m2", local("2025-12-01T11:00"), TERMS);
            ticket.answerAsCustomer(CUSTOMER, "m3", local("2025-12-01T12:00"), TERMS);
            ticket.answerAsStaff(ENGINEER, "m4", local("2025-12-01T13:00"), TERMS);
            ticket.preClose(local("2025-12-08T13:00"), POLICY);
            ticket.answerAsCustomer(CUSTOMER, "m5", local("2025-12-09T09:00"), TERMS);
            ticket.confirmSolution(CUSTOMER, local("2025-12-09T10:00"));
            ticket.close(ENGINEER, local("2025-12-09T11:00"));

            List<TicketMessage> messages = ticket.messages();
            assertEquals(
                    List.of("The checkout page is blank", "m2", "m3", "m4", "m5"),
                    messages.stream().map(TicketMessage::body).toList());
            assertEquals(
                    List.of(false, true, false, true, false),
                    messages.stream().map(TicketMessage::fromStaff).toList());
            assertEquals(
                    IntStream.rangeClosed(1, 5).boxed().toList(),
                    messages.stream().map(TicketMessage::seqNo).toList());

            List<StatusChange> history = ticket.history();
            assertEquals(
                    IntStream.rangeClosed(1, history.size()).boxed().toList(),
                    history.stream().map(StatusChange::seqNo).toList());
            assertEquals(
                    List.of(SUBMITTED, SUBMITTED, ASSIGNED, IN_PROGRESS, PRE_CLOSED, IN_PROGRESS, IN_PROGRESS, CLOSED),
                    history.stream().map(StatusChange::to).toList());
            for (int i = 1; i < history.size(); i++) {
                assertEquals(
                        history.get(i - 1).to(), history.get(i).from(), "entry " + (i + 1) + " follows entry " + i);
                assertFalse(
                        history.get(i).changedAt().isBefore(history.get(i - 1).changedAt()));
            }
        }
    }
}
