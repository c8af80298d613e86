package org.proserv.support.tickets;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proserv.support.tickets.TicketStatus.ASSIGNED;
import static org.proserv.support.tickets.TicketStatus.AWAITING_TOP_UP;
import static org.proserv.support.tickets.TicketStatus.CLOSED;
import static org.proserv.support.tickets.TicketStatus.IN_PROGRESS;
import static org.proserv.support.tickets.TicketStatus.PRE_CLOSED;
import static org.proserv.support.tickets.TicketStatus.SUBMITTED;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.proserv.kernel.calendar.BusinessCalendar;
import org.proserv.kernel.error.FieldError;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;
import org.proserv.support.charging.ChargeSource;
import org.proserv.support.charging.HotRushRemoval;

/**
 * The HotRush rules and the charging state a ticket keeps (docs/support.md, "HotRush" and "Issue categories and
 * charging"), on the standard calendar (UTC+04:00; weekdays 08:00-24:00, weekends 10:00-18:00) and the standard policy
 * (HotRush answers within 2 business hours, standard first answers within 16). Every instant is passed explicitly;
 * 2025-12-01 is a Monday.
 */
class HotRushTicketTest {

    private static final BusinessCalendar CALENDAR = BusinessCalendar.standard();
    private static final SupportPolicy POLICY = SupportPolicy.standard();
    private static final SupportTerms TERMS = new SupportTerms(CALENDAR, POLICY);
    private static final Duration TWO_HOURS = Duration.ofHours(2);
    private static final Duration SIXTEEN_HOURS = Duration.ofHours(16);

    private static final Actor CUSTOMER = new Actor("alice", Role.customer, 7L);
    private static final Actor DISPATCHER = new Actor("dora", Role.dispatcher, null);
    private static final Actor ENGINEER = new Actor("eric", Role.engineer, null);

    /** Monday 09:00 local: a HotRush answer is due at 11:00, a standard one on Tuesday at 09:00. */
    private static final Instant SUBMITTED_AT = local("2025-12-01T09:00");

    private static final Instant HOT_RUSH_DUE = local("2025-12-01T11:00");
    private static final Instant STANDARD_DUE = local("2025-12-02T09:00");

    private static final Instant ASSIGNED_AT = local("2025-12-01T09:30");
    private static final Instant ANSWERED_AT = local("2025-12-01T10:30");
    /** Two business hours after {@link #ANSWERED_AT}. */
    private static final Instant NEXT_UPDATE_DUE = local("2025-12-01T12:30");

    private static Instant local(String localDateTime) {
        return LocalDateTime.parse(localDateTime).toInstant(ZoneOffset.ofHours(4));
    }

    private static Ticket hotRush() {
        return submittedAt(SUBMITTED_AT, true);
    }

    private static Ticket standard() {
        return submittedAt(SUBMITTED_AT, false);
    }

    private static Ticket submittedAt(Instant now, boolean hotRush) {
        return new Ticket(
                7L, 70L, "X-Cart", "4.1.9", "Store is down", "Every page answers 500", hotRush, CUSTOMER, now, TERMS);
    }

    private static Ticket assigned(Ticket ticket) {
        if (ticket.charge().category().isEmpty()) {
            ticket.classify("GENERAL_QUESTION", 0, DISPATCHER, ASSIGNED_AT);
        }
        ticket.assign("eric", DISPATCHER, ASSIGNED_AT);
        return ticket;
    }

    private static Ticket answered(Ticket ticket) {
        assigned(ticket).answerAsStaff(ENGINEER, "Looking at it now", ANSWERED_AT, TERMS);
        return ticket;
    }

    /** A HotRush ticket in {@code status}; the top-up wait comes from an assigned ticket. */
    private static Ticket hotRushIn(TicketStatus status) {
        Ticket ticket = hotRush();
        switch (status) {
            case SUBMITTED -> {}
            case ASSIGNED -> assigned(ticket);
            case AWAITING_TOP_UP -> {
                assigned(ticket);
                ticket.classify("STORE_PROBLEM", 25, DISPATCHER, ASSIGNED_AT);
                ticket.payWith(ChargeSource.POINTS);
                ticket.awaitTopUp(20, DISPATCHER, ASSIGNED_AT);
            }
            case IN_PROGRESS -> answered(ticket);
            case PRE_CLOSED -> answered(ticket).preClose(ANSWERED_AT.plus(POLICY.preCloseAfter()), POLICY);
            case CLOSED -> answered(ticket).close(CUSTOMER, local("2025-12-02T10:00"));
        }
        assertEquals(status, ticket.status(), "test setup");
        return ticket;
    }

    /** A HotRush ticket classified at {@code price}, paid with {@code source} and charged {@code charged}. */
    private static Ticket classifiedHotRush(TicketStatus status, int price, ChargeSource source, int charged) {
        Ticket ticket = hotRush();
        ticket.classify("STORE_PROBLEM", price, DISPATCHER, ASSIGNED_AT);
        ticket.payWith(source);
        ticket.charged(charged);
        if (status != SUBMITTED) {
            assigned(ticket);
        }
        if (status == IN_PROGRESS) {
            ticket.answerAsStaff(ENGINEER, "Looking at it now", ANSWERED_AT, TERMS);
        }
        assertEquals(status, ticket.status(), "test setup");
        return ticket;
    }

    private static StatusChange lastEntry(Ticket ticket) {
        return ticket.history().get(ticket.history().size() - 1);
    }

    private static ProservException assertConflict(Executable action) {
        ProservException e = assertThrows(ProservException.class, action);
        assertEquals(ProblemCategory.CONFLICT, e.category(), e.getMessage());
        return e;
    }

    private static void assertInvalid(String field, Executable action) {
        ProservException e = assertThrows(ProservException.class, action);
        assertEquals(ProblemCategory.VALIDATION, e.category(), e.getMessage());
        assertEquals(
                List.of(field), e.fieldErrors().stream().map(FieldError::field).toList());
    }

    @Nested
    class FirstResponse {

        @Test
        void aHotRushTicketAwaitsItsFirstAnswerWithinTwoBusinessHours() {
            Ticket ticket = hotRush();

            assertAll(
                    () -> assertTrue(ticket.hotRush()),
                    () -> assertEquals(HOT_RUSH_DUE, ticket.deadlines().firstResponseDueAt()),
                    () -> assertEquals(
                            CALENDAR.due(SUBMITTED_AT, TWO_HOURS),
                            ticket.deadlines().firstResponseDueAt()),
                    () -> assertEquals(
                            HOT_RUSH_DUE, ticket.deadlines().responseDueAt().orElseThrow()),
                    () -> assertEquals(
                            ResponseKind.FIRST_RESPONSE,
                            ticket.deadlines().responseDueKind().orElseThrow()));
        }

        @Test
        void aStandardTicketSubmittedAtTheSameInstantWaitsOneBusinessDay() {
            Ticket ticket = standard();

            assertFalse(ticket.hotRush());
            assertEquals(STANDARD_DUE, ticket.deadlines().firstResponseDueAt());
        }

        /** Outside open hours the two hours start at the next opening. */
        @ParameterizedTest(name = "submitted {0} -> first answer due {1}")
        @CsvSource({
            "2025-12-01T09:00, 2025-12-01T11:00", // Monday, open
            "2025-12-01T06:00, 2025-12-01T10:00", // Monday before the 08:00 opening
            "2025-12-01T23:00, 2025-12-02T09:00", // 1h on Monday, 1h from Tuesday 08:00
            "2025-12-05T23:30, 2025-12-06T11:30", // 30min on Friday, Saturday opens at 10:00
            "2025-12-06T17:00, 2025-12-07T11:00", // 1h on Saturday, Sunday opens at 10:00
            "2025-12-06T20:00, 2025-12-07T12:00", // Saturday evening, closed: Sunday 10:00 + 2h
        })
        void isDueTwoBusinessHoursAfterSubmission(String submitted, String due) {
            Ticket ticket = submittedAt(local(submitted), true);

            assertEquals(local(due), ticket.deadlines().firstResponseDueAt());
            assertEquals(local(due), ticket.deadlines().responseDueAt().orElseThrow());
        }
    }

    @Nested
    class NextUpdate {

        @Test
        void afterTheFirstStaffAnswerTheNextReportIsDueTwoBusinessHoursLater() {
            Ticket ticket = answered(hotRush());

            assertAll(
                    () -> assertEquals(IN_PROGRESS, ticket.status()),
                    () -> assertEquals(
                            ANSWERED_AT, ticket.deadlines().firstResponseAt().orElseThrow()),
                    () -> assertEquals(SlaState.met, ticket.slaState(ANSWERED_AT)),
                    () -> assertEquals(
                            NEXT_UPDATE_DUE, ticket.deadlines().responseDueAt().orElseThrow()),
                    () -> assertEquals(
                            CALENDAR.due(ANSWERED_AT, TWO_HOURS),
                            ticket.deadlines().responseDueAt().orElseThrow()),
                    () -> assertEquals(
                            ResponseKind.NEXT_UPDATE,
                            ticket.deadlines().responseDueKind().orElseThrow()));
        }

        @ParameterizedTest(name = "answered {0} -> next report due {1}")
        @CsvSource({
            "2025-12-01T14:00, 2025-12-01T16:00",
            "2025-12-01T23:00, 2025-12-02T09:00", // 1h on Monday, 1h from Tuesday 08:00
            "2025-12-05T23:30, 2025-12-06T11:30", // 30min on Friday, 1h30 from Saturday 10:00
        })
        void eachFurtherStaffAnswerRestartsTheClockFromThatAnswer(String answered, String due) {
            Ticket ticket = answered(hotRush());

            ticket.answerAsStaff(ENGINEER, "Update", local(answered), TERMS);

            assertEquals(local(due), ticket.deadlines().responseDueAt().orElseThrow());
            assertEquals(
                    ResponseKind.NEXT_UPDATE,
                    ticket.deadlines().responseDueKind().orElseThrow());
            assertEquals(
                    ANSWERED_AT,
                    ticket.deadlines().firstResponseAt().orElseThrow(),
                    "the first answer stays the first");
        }

        @Test
        void aCustomerMessageDoesNotMoveTheDeadline() {
            Ticket ticket = answered(hotRush());

            ticket.answerAsCustomer(CUSTOMER, "Still down", local("2025-12-01T12:00"), TERMS);

            assertEquals(NEXT_UPDATE_DUE, ticket.deadlines().responseDueAt().orElseThrow());
            assertEquals(
                    ResponseKind.NEXT_UPDATE,
                    ticket.deadlines().responseDueKind().orElseThrow());
        }

        @Test
        void aStandardTicketAwaitsNothingAfterAStaffAnswer() {
            Ticket ticket = answered(standard());

            assertTrue(ticket.deadlines().responseDueAt().isEmpty());
            assertTrue(ticket.deadlines().responseDueKind().isEmpty());
        }

        @Test
        void confirmingTheSolutionStopsTheReportsForGood() {
            Ticket ticket = answered(hotRush());

            ticket.confirmSolution(CUSTOMER, local("2025-12-01T11:00"));

            assertTrue(ticket.deadlines().responseDueAt().isEmpty());
            assertTrue(ticket.deadlines().responseDueKind().isEmpty());

            ticket.answerAsStaff(ENGINEER, "Glad it works", local("2025-12-01T11:30"), TERMS);

            assertTrue(ticket.deadlines().responseDueAt().isEmpty(), "nothing more is owed on a solved ticket");
        }

        @Test
        void aCustomerWritingAfterConfirmingTakesItBackAndAReportIsDueAgain() {
            Ticket ticket = answered(hotRush());
            ticket.confirmSolution(CUSTOMER, local("2025-12-01T11:00"));
            Instant wroteAgain = local("2025-12-01T11:15");

            ticket.answerAsCustomer(CUSTOMER, "It broke again", wroteAgain, TERMS);

            assertEquals(
                    new Deadline(ResponseKind.NEXT_UPDATE, CALENDAR.due(wroteAgain, TWO_HOURS)),
                    ticket.deadlines().awaited().orElseThrow());
        }

        @Test
        void aCustomerWritingToAPreClosedTicketIsOwedAReportWithinTwoBusinessHours() {
            Ticket ticket = answered(hotRush());
            ticket.preClose(ANSWERED_AT.plus(POLICY.preCloseAfter()), POLICY);
            Instant customerBack = local("2025-12-13T17:30");

            ticket.answerAsCustomer(CUSTOMER, "Back again", customerBack, TERMS);

            assertEquals(IN_PROGRESS, ticket.status());
            assertEquals(
                    new Deadline(ResponseKind.NEXT_UPDATE, local("2025-12-14T11:30")),
                    ticket.deadlines().awaited().orElseThrow(),
                    "Saturday 17:30 + 2 h: Sunday 11:30");
        }

        @Test
        void aCustomerWritingKeepsAReportAlreadyDue() {
            Ticket ticket = answered(hotRush());

            ticket.answerAsCustomer(CUSTOMER, "Any news?", local("2025-12-01T11:00"), TERMS);

            assertEquals(
                    NEXT_UPDATE_DUE,
                    ticket.deadlines().responseDueAt().orElseThrow(),
                    "writing does not push it later");
        }

        @Test
        void aStandardTicketOwesNoReportsWhenTheCustomerWrites() {
            Ticket ticket = answered(standard());
            ticket.confirmSolution(CUSTOMER, local("2025-12-01T11:00"));

            ticket.answerAsCustomer(CUSTOMER, "One more thing", local("2025-12-01T11:15"), TERMS);

            assertTrue(ticket.deadlines().awaited().isEmpty());
        }

        @Test
        void aStaffAnswerReportsWhichDeadlineItAnswered() {
            Ticket ticket = assigned(hotRush());

            var answered = ticket.answerAsStaff(ENGINEER, "Late", HOT_RUSH_DUE.plusSeconds(60), TERMS);

            assertEquals(new Deadline(ResponseKind.FIRST_RESPONSE, HOT_RUSH_DUE), answered.orElseThrow());
            assertTrue(answered.orElseThrow().passedAt(HOT_RUSH_DUE.plusSeconds(60)));
        }

        @Test
        void aFirstResponseBreachStandsAfterHotRushIsWithdrawn() {
            Ticket ticket = assigned(hotRush());
            Instant found = HOT_RUSH_DUE.plusSeconds(60);
            var breach = ticket.breach(ticket.deadlines().awaited().orElseThrow(), found);
            assertEquals(HOT_RUSH_DUE, breach.dueAt());

            ticket.withdrawHotRush(CUSTOMER, 0, found, TERMS);

            assertEquals(STANDARD_DUE, ticket.deadlines().firstResponseDueAt());
            assertEquals(SlaState.breached, ticket.slaState(found));
        }

        @Test
        void preClosingStopsTheReportsUntilTheConversationResumes() {
            Ticket ticket = answered(hotRush());
            Instant preClosedAt = ANSWERED_AT.plus(POLICY.preCloseAfter());

            ticket.preClose(preClosedAt, POLICY);

            assertEquals(PRE_CLOSED, ticket.status());
            assertTrue(ticket.deadlines().responseDueAt().isEmpty());
            assertTrue(ticket.deadlines().responseDueKind().isEmpty());

            Instant customerBack = local("2025-12-09T09:00");
            ticket.answerAsCustomer(CUSTOMER, "Back again", customerBack, TERMS);
            Instant staffAgain = local("2025-12-09T10:00");
            ticket.answerAsStaff(ENGINEER, "Here is the fix", staffAgain, TERMS);

            assertEquals(
                    CALENDAR.due(staffAgain, TWO_HOURS),
                    ticket.deadlines().responseDueAt().orElseThrow());
            assertEquals(
                    ResponseKind.NEXT_UPDATE,
                    ticket.deadlines().responseDueKind().orElseThrow());
        }

        @Test
        void closingStopsTheReports() {
            Ticket ticket = answered(hotRush());

            ticket.close(CUSTOMER, local("2025-12-01T11:00"));

            assertTrue(ticket.deadlines().responseDueAt().isEmpty());
        }
    }

    @Nested
    class Classification {

        @Test
        void theHotRushPriceIsDoubled() {
            Ticket ticket = assigned(hotRush());

            int charge = ticket.classify("STORE_PROBLEM", 25, DISPATCHER, ASSIGNED_AT);

            assertAll(
                    () -> assertEquals(50, charge),
                    () -> assertEquals(50, ticket.totalCharge()),
                    () -> assertEquals(
                            "STORE_PROBLEM", ticket.charge().category().orElseThrow()),
                    () -> assertEquals(
                            25, ticket.charge().categoryPoints().orElseThrow(), "the list price, not doubled"));
        }

        @Test
        void aStandardTicketCostsThePrice() {
            Ticket ticket = assigned(standard());

            assertEquals(25, ticket.classify("STORE_PROBLEM", 25, DISPATCHER, ASSIGNED_AT));
            assertEquals(25, ticket.totalCharge());
        }

        @Test
        void anUnclassifiedTicketCostsNothingYet() {
            assertEquals(0, hotRush().totalCharge());
            assertTrue(hotRush().charge().category().isEmpty());
        }

        @ParameterizedTest
        @EnumSource(
                value = TicketStatus.class,
                names = {"SUBMITTED", "ASSIGNED", "AWAITING_TOP_UP"})
        void aTicketMayBeClassifiedBeforeItsFirstStaffAnswer(TicketStatus status) {
            Ticket ticket = hotRushIn(status);

            assertEquals(80, ticket.classify("CODE_DEBUGGING", 40, DISPATCHER, local("2025-12-01T09:45")));

            assertEquals(status, ticket.status(), "classifying is not a status change");
            assertEquals("CODE_DEBUGGING", ticket.charge().category().orElseThrow());
        }

        @ParameterizedTest
        @EnumSource(
                value = TicketStatus.class,
                names = {"IN_PROGRESS", "PRE_CLOSED", "CLOSED"})
        void afterTheFirstStaffAnswerTheClassificationIsFixed(TicketStatus status) {
            Ticket ticket = hotRushIn(status);
            int entries = ticket.history().size();

            ProservException e =
                    assertConflict(() -> ticket.classify("STORE_PROBLEM", 25, DISPATCHER, local("2025-12-01T12:00")));

            assertEquals(status.name(), e.properties().get("ticketStatus"));
            assertEquals(
                    "GENERAL_QUESTION",
                    ticket.charge().category().orElseThrow(),
                    "the classification it was served under stays");
            assertEquals(entries, ticket.history().size());
        }

        @Test
        void aTicketClosedBeforeAnyAnswerCannotBeClassified() {
            Ticket ticket = hotRush();
            ticket.close(CUSTOMER, local("2025-12-01T09:10"));

            assertConflict(() -> ticket.classify("STORE_PROBLEM", 25, DISPATCHER, local("2025-12-01T09:20")));
        }

        @Test
        void reclassifyingReplacesTheCategoryAndItsPrice() {
            Ticket ticket = assigned(hotRush());
            ticket.classify("STORE_PROBLEM", 25, DISPATCHER, local("2025-12-01T09:40"));

            int charge = ticket.classify("FEATURE_CONSULTATION", 10, DISPATCHER, local("2025-12-01T09:50"));

            assertEquals(20, charge);
            assertEquals("FEATURE_CONSULTATION", ticket.charge().category().orElseThrow());
            assertEquals(10, ticket.charge().categoryPoints().orElseThrow());
        }

        @Test
        void eachClassificationIsNotedInTheHistoryWithoutChangingTheStatus() {
            Ticket ticket = hotRush();
            ticket.classify("GENERAL_QUESTION", 0, DISPATCHER, ASSIGNED_AT);
            ticket.assign("eric", DISPATCHER, ASSIGNED_AT);
            Instant statusChangedAt = ticket.statusChangedAt();
            Instant first = local("2025-12-01T09:40");
            Instant second = local("2025-12-01T09:50");

            ticket.classify("STORE_PROBLEM", 25, DISPATCHER, first);
            StatusChange classified = lastEntry(ticket);
            ticket.classify("FEATURE_CONSULTATION", 10, DISPATCHER, second);
            StatusChange reclassified = lastEntry(ticket);

            assertAll(
                    () -> assertEquals(
                            "reclassified from GENERAL_QUESTION to STORE_PROBLEM (25 points)", classified.note()),
                    () -> assertEquals("dora", classified.actor()),
                    () -> assertEquals(first, classified.changedAt()),
                    () -> assertEquals(ASSIGNED, classified.from()),
                    () -> assertEquals(ASSIGNED, classified.to()),
                    () -> assertEquals(
                            "reclassified from STORE_PROBLEM to FEATURE_CONSULTATION (10 points)", reclassified.note()),
                    () -> assertEquals(second, reclassified.changedAt()),
                    () -> assertEquals(statusChangedAt, ticket.statusChangedAt()));
        }
    }

    @Nested
    class Charges {

        @Test
        void theFirstSourceChosenKeepsPaying() {
            Ticket ticket = hotRush();
            assertTrue(ticket.charge().source().isEmpty());

            ticket.payWith(ChargeSource.POINTS);
            ticket.payWith(ChargeSource.SUBSCRIPTION);
            ticket.payWith(ChargeSource.PACKAGE);

            assertEquals(ChargeSource.POINTS, ticket.charge().source().orElseThrow());
        }

        @Test
        void chargesAndReturnsAddUp() {
            Ticket ticket = hotRush();

            ticket.charged(50);
            assertEquals(50, ticket.charge().chargedPoints());
            ticket.charged(-20);
            assertEquals(30, ticket.charge().chargedPoints());
            ticket.charged(-30);
            assertEquals(0, ticket.charge().chargedPoints());
        }

        @Test
        void moreThanWasChargedCannotBeReturnedAndTheCountStaysAsItWas() {
            Ticket ticket = hotRush();
            ticket.charged(30);

            assertThrows(IllegalStateException.class, () -> ticket.charged(-31));

            assertEquals(30, ticket.charge().chargedPoints());
        }

        @Test
        void nothingCanBeReturnedOnAnUnchargedTicket() {
            Ticket ticket = hotRush();

            assertThrows(IllegalStateException.class, () -> ticket.charged(-1));

            assertEquals(0, ticket.charge().chargedPoints());
        }
    }

    @Nested
    class TopUp {

        @Test
        void theSlaIsPausedWhileWaitingAndCountsAgainFromTheTopUp() {
            Ticket ticket = hotRushIn(TicketStatus.SUBMITTED);
            Instant shortAt = local("2025-12-01T09:45");
            ticket.awaitTopUp(30, DISPATCHER, shortAt);

            Instant muchLater = local("2025-12-03T09:00");
            assertEquals(SlaState.paused, ticket.slaState(muchLater), "staff may not work, so nothing is late");
            assertTrue(
                    ticket.deadlines().responseDueAt().isEmpty(), "the breach sweep has nothing to flag while paused");

            ticket.topUpSettled(muchLater, TERMS);
            assertEquals(CALENDAR.due(muchLater, TWO_HOURS), ticket.deadlines().firstResponseDueAt());
            assertEquals(
                    ticket.deadlines().firstResponseDueAt(),
                    ticket.deadlines().responseDueAt().orElseThrow());
            assertEquals(SlaState.running, ticket.slaState(muchLater));
        }

        @Test
        void aDeadlineAlreadyMissedWhenTheWaitBeganStaysMissed() {
            Ticket ticket = hotRushIn(TicketStatus.SUBMITTED);
            Instant overdueAt = HOT_RUSH_DUE.plusSeconds(60);
            ticket.awaitTopUp(30, DISPATCHER, overdueAt);
            assertEquals(SlaState.breached, ticket.slaState(overdueAt));

            ticket.topUpSettled(local("2025-12-02T09:00"), TERMS);
            assertEquals(HOT_RUSH_DUE, ticket.deadlines().firstResponseDueAt());
            assertEquals(SlaState.breached, ticket.slaState(local("2025-12-02T09:00")));
        }

        @ParameterizedTest
        @EnumSource(
                value = TicketStatus.class,
                names = {"SUBMITTED", "ASSIGNED"})
        void aTicketShortOfPointsWaitsAndComesBackToWhereItWas(TicketStatus before) {
            Ticket ticket = hotRushIn(before);
            Instant shortAt = local("2025-12-01T09:45");
            Instant settled = local("2025-12-01T10:15");

            ticket.awaitTopUp(30, DISPATCHER, shortAt);

            assertEquals(AWAITING_TOP_UP, ticket.status());
            assertEquals(30, ticket.charge().awaitingTopUpPoints().orElseThrow());
            StatusChange waiting = lastEntry(ticket);
            assertAll(
                    () -> assertEquals(before, waiting.from()),
                    () -> assertEquals(AWAITING_TOP_UP, waiting.to()),
                    () -> assertEquals("dora", waiting.actor()),
                    () -> assertEquals("30 points needed", waiting.note()),
                    () -> assertEquals(shortAt, waiting.changedAt()));

            ticket.topUpSettled(settled, TERMS);

            assertEquals(before, ticket.status());
            assertEquals(settled, ticket.statusChangedAt());
            assertTrue(ticket.charge().awaitingTopUpPoints().isEmpty());
            StatusChange resumed = lastEntry(ticket);
            assertAll(
                    () -> assertEquals(AWAITING_TOP_UP, resumed.from()),
                    () -> assertEquals(before, resumed.to()),
                    () -> assertEquals("system", resumed.actor()),
                    () -> assertEquals("points topped up", resumed.note()));
        }

        @Test
        void waitingAgainUpdatesTheMissingPointsButRemembersTheStatusBeforeTheWait() {
            Ticket ticket = assigned(hotRush());
            ticket.awaitTopUp(30, DISPATCHER, local("2025-12-01T09:45"));
            int entries = ticket.history().size();

            ticket.awaitTopUp(10, DISPATCHER, local("2025-12-01T09:50"));

            assertEquals(10, ticket.charge().awaitingTopUpPoints().orElseThrow());
            assertEquals(entries, ticket.history().size(), "still waiting: no new status change");

            ticket.topUpSettled(local("2025-12-01T10:15"), TERMS);

            assertEquals(ASSIGNED, ticket.status());
        }

        @Test
        void staffCannotAnswerOrReassignWhileTheTicketWaits() {
            Ticket ticket = hotRushIn(AWAITING_TOP_UP);
            int messages = ticket.messages().size();
            Instant later = local("2025-12-01T10:00");

            assertConflict(() -> ticket.answerAsStaff(ENGINEER, "Let me look", later, TERMS));
            assertConflict(() -> ticket.assign("erin", DISPATCHER, later));

            assertEquals(AWAITING_TOP_UP, ticket.status());
            assertEquals(messages, ticket.messages().size());
            assertTrue(ticket.deadlines().firstResponseAt().isEmpty());
            assertEquals("eric", ticket.engineer().orElseThrow());
        }

        @Test
        void aSettledChargeOnATicketThatNeverWaitedChangesNothing() {
            Ticket ticket = assigned(hotRush());
            int entries = ticket.history().size();

            ticket.topUpSettled(local("2025-12-01T10:00"), TERMS);

            assertEquals(ASSIGNED, ticket.status());
            assertEquals(ASSIGNED_AT, ticket.statusChangedAt());
            assertEquals(entries, ticket.history().size());
        }

        @ParameterizedTest
        @CsvSource({"PACKAGE, paid by a one-incident package", "SUBSCRIPTION, covered by the support subscription"})
        void aWaitingTicketPaidOtherwiseGivesBackItsPointsAndComesBackToWhereItWas(ChargeSource source, String note) {
            Ticket ticket = hotRushIn(AWAITING_TOP_UP);
            ticket.charged(30);

            int toGiveBack = ticket.payInsteadOfPoints(source);
            ticket.topUpSettled(local("2025-12-01T10:15"), TERMS);

            assertEquals(30, toGiveBack, "what points paid so far goes back");
            assertEquals(source, ticket.charge().source().orElseThrow());
            assertEquals(ASSIGNED, ticket.status());
            assertTrue(ticket.charge().awaitingTopUpPoints().isEmpty());
            assertEquals(note, lastEntry(ticket).note());
        }

        @Test
        void onlyPointsStillOwedCanBePaidOtherwise() {
            Ticket paidInFull = classifiedHotRush(ASSIGNED, 25, ChargeSource.POINTS, 50);
            Ticket byPackage = classifiedHotRush(ASSIGNED, 25, ChargeSource.PACKAGE, 0);
            Ticket waiting = hotRushIn(AWAITING_TOP_UP);

            assertThrows(IllegalStateException.class, () -> paidInFull.payInsteadOfPoints(ChargeSource.PACKAGE));
            assertThrows(IllegalStateException.class, () -> byPackage.payInsteadOfPoints(ChargeSource.SUBSCRIPTION));
            assertThrows(IllegalStateException.class, () -> waiting.payInsteadOfPoints(ChargeSource.POINTS));

            assertAll(
                    () -> assertEquals(
                            ChargeSource.POINTS, paidInFull.charge().source().orElseThrow()),
                    () -> assertEquals(
                            ChargeSource.PACKAGE, byPackage.charge().source().orElseThrow()),
                    () -> assertEquals(
                            ChargeSource.POINTS, waiting.charge().source().orElseThrow()));
        }
    }

    @Nested
    class Unchecking {

        @Test
        void whileSubmittedTheCustomerUnchecksHotRushAndTheStandardDeadlineApplies() {
            Ticket ticket = hotRush();
            Instant unchecked = local("2025-12-01T09:10");

            ticket.uncheckHotRush(CUSTOMER, unchecked, TERMS);

            assertAll(
                    () -> assertFalse(ticket.hotRush()),
                    () -> assertEquals(SUBMITTED, ticket.status()),
                    () -> assertEquals(STANDARD_DUE, ticket.deadlines().firstResponseDueAt()),
                    () -> assertEquals(
                            CALENDAR.due(SUBMITTED_AT, SIXTEEN_HOURS),
                            ticket.deadlines().firstResponseDueAt()),
                    () -> assertEquals(
                            ticket.deadlines().firstResponseDueAt(),
                            ticket.deadlines().responseDueAt().orElseThrow()),
                    () -> assertEquals(
                            ResponseKind.FIRST_RESPONSE,
                            ticket.deadlines().responseDueKind().orElseThrow()),
                    () -> assertEquals("HotRush unchecked", lastEntry(ticket).note()),
                    () -> assertEquals("alice", lastEntry(ticket).actor()),
                    () -> assertEquals(unchecked, lastEntry(ticket).changedAt()));
        }

        @Test
        void uncheckingAClassifiedTicketHalvesItsPriceAndGivesTheSurchargeBack() {
            Ticket ticket = classifiedHotRush(SUBMITTED, 25, ChargeSource.POINTS, 50);

            int surcharge = ticket.uncheckHotRush(CUSTOMER, local("2025-12-01T09:45"), TERMS);

            assertEquals(25, surcharge, "unchecking is free: the doubled part goes back");
            assertEquals(25, ticket.totalCharge());
        }

        @Test
        void uncheckingAnUnclassifiedTicketGivesNothingBack() {
            assertEquals(0, hotRush().uncheckHotRush(CUSTOMER, local("2025-12-01T09:10"), TERMS));
        }

        @ParameterizedTest
        @EnumSource(
                value = TicketStatus.class,
                names = {"ASSIGNED", "AWAITING_TOP_UP", "IN_PROGRESS", "PRE_CLOSED", "CLOSED"})
        void onceTheTicketLeftTheQueueHotRushCanOnlyBeWithdrawn(TicketStatus status) {
            Ticket ticket = hotRushIn(status);
            Instant due = ticket.deadlines().responseDueAt().orElse(null);

            ProservException e =
                    assertConflict(() -> ticket.uncheckHotRush(CUSTOMER, local("2025-12-01T12:00"), TERMS));

            assertEquals(status.name(), e.properties().get("ticketStatus"));
            assertTrue(ticket.hotRush());
            assertEquals(HOT_RUSH_DUE, ticket.deadlines().firstResponseDueAt());
            assertEquals(due, ticket.deadlines().responseDueAt().orElse(null));
        }

        @Test
        void aStandardTicketHasNoHotRushToUncheck() {
            Ticket ticket = standard();

            assertConflict(() -> ticket.uncheckHotRush(CUSTOMER, local("2025-12-01T09:10"), TERMS));

            assertEquals(STANDARD_DUE, ticket.deadlines().firstResponseDueAt());
            assertEquals(1, ticket.history().size());
        }
    }

    @Nested
    class Withdrawal {

        private final Instant withdrawnAt = local("2025-12-01T12:00");

        private int withdraw(Ticket ticket) {
            return ticket.withdrawHotRush(CUSTOMER, 0, withdrawnAt, TERMS);
        }

        @Test
        void theFourthWithdrawalOfAnAccountIsRefusedWithTheCount() {
            Ticket ticket = answered(assigned(hotRush()));
            ProservException refused = assertConflict(() -> ticket.withdrawHotRush(CUSTOMER, 3, withdrawnAt, TERMS));
            assertEquals(3L, refused.properties().get("withdrawalsUsed"));
            assertEquals(3, refused.properties().get("withdrawalsAllowed"));
            assertTrue(ticket.hotRush(), "nothing changed");
            ticket.withdrawHotRush(CUSTOMER, 2, withdrawnAt, TERMS);
            assertFalse(ticket.hotRush(), "the third is still allowed");
        }

        @Test
        void aReopenedTicketGoesBackToTheStandardFollowUpDeadlineCountedFromTheReopening() {
            Ticket ticket = answered(assigned(hotRush()));
            ticket.close(CUSTOMER, local("2025-12-01T11:00"));
            Instant reopenedAt = local("2025-12-02T09:00");
            ticket.reopen(CUSTOMER, reopenedAt, TERMS);
            assertEquals(
                    CALENDAR.due(reopenedAt, TWO_HOURS),
                    ticket.deadlines().responseDueAt().orElseThrow(),
                    "HotRush pace");

            ticket.withdrawHotRush(CUSTOMER, 0, local("2025-12-02T09:30"), TERMS);

            assertEquals(
                    ResponseKind.FOLLOW_UP, ticket.deadlines().responseDueKind().orElseThrow());
            assertEquals(
                    CALENDAR.due(reopenedAt, SIXTEEN_HOURS),
                    ticket.deadlines().responseDueAt().orElseThrow());
        }

        @Test
        void aSubmittedTicketIsUncheckedInstead() {
            Ticket ticket = hotRush();

            ProservException e = assertConflict(() -> withdraw(ticket));

            assertTrue(e.getMessage().contains("uncheck"), e.getMessage());
            assertTrue(ticket.hotRush());
            assertEquals(HOT_RUSH_DUE, ticket.deadlines().firstResponseDueAt());
        }

        @Test
        void aClosedTicketKeepsItsHotRush() {
            Ticket ticket = hotRushIn(CLOSED);
            int entries = ticket.history().size();

            assertConflict(() -> withdraw(ticket));

            assertTrue(ticket.hotRush());
            assertEquals(entries, ticket.history().size());
        }

        @Test
        void aStandardTicketHasNoHotRushToWithdraw() {
            assertConflict(() -> withdraw(assigned(standard())));
        }

        @ParameterizedTest
        @EnumSource(
                value = TicketStatus.class,
                names = {"ASSIGNED", "AWAITING_TOP_UP", "IN_PROGRESS", "PRE_CLOSED"})
        void betweenAssignmentAndClosingHotRushMayBeWithdrawn(TicketStatus status) {
            Ticket ticket = hotRushIn(status);

            withdraw(ticket);

            assertFalse(ticket.hotRush());
            assertEquals(status, ticket.status());
            assertEquals("HotRush withdrawn by the customer", lastEntry(ticket).note());
            assertEquals("alice", lastEntry(ticket).actor());
        }

        @Test
        void theSurchargePaidInPointsComesBack() {
            Ticket ticket = classifiedHotRush(ASSIGNED, 25, ChargeSource.POINTS, 50);

            assertEquals(25, withdraw(ticket));
            assertEquals(25, ticket.totalCharge(), "the standard price remains due");
        }

        @Test
        void theSurchargeComesBackAfterTheFirstAnswerToo() {
            Ticket ticket = classifiedHotRush(IN_PROGRESS, 40, ChargeSource.POINTS, 80);

            assertEquals(40, withdraw(ticket));
        }

        @ParameterizedTest
        @EnumSource(
                value = ChargeSource.class,
                names = {"SUBSCRIPTION", "PACKAGE"})
        void nothingComesBackWhenPointsDidNotPay(ChargeSource source) {
            Ticket ticket = classifiedHotRush(ASSIGNED, 25, source, 0);

            assertEquals(0, withdraw(ticket));
        }

        @Test
        void nothingComesBackForAnUnclassifiedTicket() {
            assertEquals(0, withdraw(assigned(hotRush())));
        }

        @Test
        void nothingComesBackWhenNothingWasChargedYet() {
            Ticket ticket = classifiedHotRush(ASSIGNED, 25, ChargeSource.POINTS, 0);

            assertEquals(0, withdraw(ticket));
        }

        @Test
        void aTicketWaitingForATopUpThenNeedsOnlyTheStandardPrice() {
            Ticket ticket = assigned(hotRush());
            ticket.classify("CODE_DEBUGGING", 40, DISPATCHER, ASSIGNED_AT);
            ticket.payWith(ChargeSource.POINTS);
            ticket.awaitTopUp(70, DISPATCHER, ASSIGNED_AT);

            assertEquals(0, withdraw(ticket));

            assertEquals(40, ticket.totalCharge(), "the service then settles the standard price");
        }

        @Test
        void anUnansweredTicketFallsBackToTheStandardFirstAnswerDeadline() {
            Ticket ticket = assigned(hotRush());

            withdraw(ticket);

            assertAll(
                    () -> assertEquals(STANDARD_DUE, ticket.deadlines().firstResponseDueAt()),
                    () -> assertEquals(
                            CALENDAR.due(SUBMITTED_AT, SIXTEEN_HOURS),
                            ticket.deadlines().firstResponseDueAt()),
                    () -> assertEquals(
                            STANDARD_DUE, ticket.deadlines().responseDueAt().orElseThrow()),
                    () -> assertEquals(
                            ResponseKind.FIRST_RESPONSE,
                            ticket.deadlines().responseDueKind().orElseThrow()),
                    () -> assertEquals(
                            SlaState.running,
                            ticket.slaState(withdrawnAt),
                            "past the HotRush deadline, within the standard one"));
        }

        @Test
        void anAnsweredTicketNoLongerAwaitsTwoHourlyReports() {
            Ticket ticket = hotRushIn(IN_PROGRESS);

            withdraw(ticket);

            assertTrue(ticket.deadlines().responseDueAt().isEmpty());
            assertTrue(ticket.deadlines().responseDueKind().isEmpty());
            assertEquals(HOT_RUSH_DUE, ticket.deadlines().firstResponseDueAt(), "the kept promise is history");

            ticket.answerAsStaff(ENGINEER, "Update", local("2025-12-01T13:00"), TERMS);

            assertTrue(
                    ticket.deadlines().responseDueAt().isEmpty(),
                    "a standard ticket awaits nothing after a staff answer");
        }
    }

    @Nested
    class Removal {

        private final Instant removedAt = local("2025-12-01T12:00");

        @Test
        void staffRemoveHotRushWithAReasonAndANoteTheCustomerSees() {
            Ticket ticket = classifiedHotRush(ASSIGNED, 10, ChargeSource.POINTS, 20);

            int surcharge = ticket.removeHotRush(
                    DISPATCHER, HotRushRemoval.GENERAL_QUESTION, "licensing question", removedAt, TERMS);

            assertAll(
                    () -> assertEquals(10, surcharge),
                    () -> assertFalse(ticket.hotRush()),
                    () -> assertEquals(10, ticket.totalCharge()),
                    () -> assertEquals(
                            HotRushRemoval.GENERAL_QUESTION,
                            ticket.hotRushState().removedReason().orElseThrow()),
                    () -> assertEquals(
                            "licensing question",
                            ticket.hotRushState().removedNote().orElseThrow()),
                    () -> assertEquals(
                            "HotRush removed: GENERAL_QUESTION (licensing question)",
                            lastEntry(ticket).note()),
                    () -> assertEquals("dora", lastEntry(ticket).actor()),
                    () -> assertEquals(removedAt, lastEntry(ticket).changedAt()));
        }

        @Test
        void theNoteIsOptional() {
            Ticket ticket = assigned(hotRush());

            ticket.removeHotRush(ENGINEER, HotRushRemoval.DEFAULT_SOFTWARE_BUG, null, removedAt, TERMS);

            assertEquals(
                    HotRushRemoval.DEFAULT_SOFTWARE_BUG,
                    ticket.hotRushState().removedReason().orElseThrow());
            assertTrue(ticket.hotRushState().removedNote().isEmpty());
            assertEquals(
                    "HotRush removed: DEFAULT_SOFTWARE_BUG", lastEntry(ticket).note());
        }

        @Test
        void staffMayRemoveHotRushFromASubmittedTicketWhichThenGetsTheStandardDeadline() {
            Ticket ticket = classifiedHotRush(SUBMITTED, 25, ChargeSource.POINTS, 50);

            int surcharge = ticket.removeHotRush(
                    DISPATCHER, HotRushRemoval.CUSTOMIZATION_PROJECT, "moved to Development", removedAt, TERMS);

            assertEquals(25, surcharge);
            assertEquals(SUBMITTED, ticket.status());
            assertEquals(STANDARD_DUE, ticket.deadlines().firstResponseDueAt());
            assertEquals(STANDARD_DUE, ticket.deadlines().responseDueAt().orElseThrow());
        }

        @Test
        void nothingComesBackWhenASubscriptionPaid() {
            Ticket ticket = classifiedHotRush(IN_PROGRESS, 25, ChargeSource.SUBSCRIPTION, 0);

            assertEquals(0, ticket.removeHotRush(DISPATCHER, HotRushRemoval.GENERAL_QUESTION, null, removedAt, TERMS));
            assertTrue(ticket.deadlines().responseDueAt().isEmpty(), "no more two-hourly reports");
        }

        @Test
        void aClosedTicketKeepsItsHotRush() {
            Ticket ticket = hotRushIn(CLOSED);

            assertConflict(
                    () -> ticket.removeHotRush(DISPATCHER, HotRushRemoval.GENERAL_QUESTION, "late", removedAt, TERMS));

            assertTrue(ticket.hotRush());
            assertTrue(ticket.hotRushState().removedReason().isEmpty());
        }

        @Test
        void aStandardTicketHasNoHotRushToRemove() {
            Ticket ticket = assigned(standard());

            assertConflict(
                    () -> ticket.removeHotRush(DISPATCHER, HotRushRemoval.GENERAL_QUESTION, null, removedAt, TERMS));

            assertTrue(ticket.hotRushState().removedReason().isEmpty());
        }
    }

    @Nested
    class LiveChat {

        /** The customer asks on Monday at 09:00 local. */
        private final Instant now = SUBMITTED_AT;

        private void request(Ticket ticket, Instant preferredAt) {
            ticket.requestLiveChat("Skype", "alice.store", preferredAt, CUSTOMER, now, TERMS);
        }

        @Test
        void aHotRushTicketMayAskForALiveChatWithinOpenHours() {
            Ticket ticket = hotRush();
            Instant preferred = local("2025-12-02T12:00");

            request(ticket, preferred);

            assertAll(
                    () -> assertEquals("Skype", ticket.liveChat().orElseThrow().tool()),
                    () -> assertEquals(
                            "alice.store", ticket.liveChat().orElseThrow().contactId()),
                    () -> assertEquals(
                            preferred, ticket.liveChat().orElseThrow().at()),
                    () -> assertEquals("alice", lastEntry(ticket).actor()),
                    () -> assertEquals(now, lastEntry(ticket).changedAt()));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "2025-12-01T08:00", // Monday's opening: already past
                    "2025-12-01T09:00", // now is not in the future
                })
        void aTimeNotInTheFutureIsRefused(String preferred) {
            Ticket ticket = hotRush();

            assertInvalid("preferredAt", () -> request(ticket, local(preferred)));

            assertTrue(ticket.liveChat().isEmpty());
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "2025-12-02T03:00", // the desk is closed at night
                    "2025-12-02T00:00", // Monday's closing at 24:00 is not open
                    "2025-12-02T07:59", // a minute before Tuesday's opening
                    "2025-12-06T09:00", // Saturday opens only at 10:00
                    "2025-12-06T18:00", // ... and closes at 18:00
                })
        void aTimeOutsideOpenHoursIsRefused(String preferred) {
            Ticket ticket = hotRush();

            assertInvalid("preferredAt", () -> request(ticket, local(preferred)));

            assertTrue(ticket.liveChat().isEmpty());
            assertTrue(ticket.liveChat().isEmpty());
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "2025-12-01T09:01",
                    "2025-12-01T23:59",
                    "2025-12-02T08:00",
                    "2025-12-06T10:00",
                    "2025-12-06T17:59",
                })
        void anyFutureOpenTimeIsAccepted(String preferred) {
            Ticket ticket = hotRush();

            request(ticket, local(preferred));

            assertEquals(local(preferred), ticket.liveChat().orElseThrow().at());
        }

        @Test
        void aStandardTicketGetsNoLiveChat() {
            Ticket ticket = standard();

            assertConflict(() -> request(ticket, local("2025-12-02T12:00")));

            assertTrue(ticket.liveChat().isEmpty());
        }

        @Test
        void noLiveChatOnceHotRushWasRemoved() {
            Ticket ticket = assigned(hotRush());
            ticket.removeHotRush(DISPATCHER, HotRushRemoval.GENERAL_QUESTION, null, local("2025-12-01T09:40"), TERMS);

            assertConflict(() -> request(ticket, local("2025-12-02T12:00")));
        }

        @Test
        void aClosedTicketGetsNoLiveChat() {
            Ticket ticket = hotRushIn(CLOSED);

            assertConflict(() -> ticket.requestLiveChat(
                    "Skype", "alice.store", local("2025-12-03T12:00"), CUSTOMER, local("2025-12-02T11:00"), TERMS));
        }
    }
}
