package org.proserv.projects.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proserv.projects.tasks.TaskFixture.ADMIN;
import static org.proserv.projects.tasks.TaskFixture.CUSTOMER;
import static org.proserv.projects.tasks.TaskFixture.DEVELOPER;
import static org.proserv.projects.tasks.TaskFixture.DIRECTOR;
import static org.proserv.projects.tasks.TaskFixture.EVERYONE;
import static org.proserv.projects.tasks.TaskFixture.NOW;
import static org.proserv.projects.tasks.TaskFixture.OTHER_CUSTOMER;
import static org.proserv.projects.tasks.TaskFixture.PAID;
import static org.proserv.projects.tasks.TaskFixture.QA;
import static org.proserv.projects.tasks.TaskFixture.TODAY;
import static org.proserv.projects.tasks.TaskFixture.UNPAID;
import static org.proserv.projects.tasks.TaskFixture.moveOf;
import static org.proserv.projects.tasks.TaskFixture.setterOf;
import static org.proserv.projects.tasks.TaskFixture.task;
import static org.proserv.projects.tasks.TaskFixture.taskAt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;

/** The task lifecycle (docs/projects.md, Tasks): every step, who may take it, and every move that is illegal. */
class TaskLifecycleTest {

    @Test
    void theLifecycleIsExactlyTheTableOfTheTerms() {
        assertEquals(List.of(TaskStatus.WORKING), Step.nextFrom(TaskStatus.SCHEDULED));
        assertEquals(List.of(TaskStatus.QUALITY_ASSURANCE, TaskStatus.REVIEWING), Step.nextFrom(TaskStatus.WORKING));
        assertEquals(List.of(TaskStatus.WORKING, TaskStatus.COMPLETED), Step.nextFrom(TaskStatus.QUALITY_ASSURANCE));
        assertEquals(List.of(TaskStatus.WORKING, TaskStatus.COMPLETED), Step.nextFrom(TaskStatus.REVIEWING));
        assertEquals(List.of(TaskStatus.READY_TO_UPLOAD), Step.nextFrom(TaskStatus.COMPLETED));
        assertEquals(List.of(TaskStatus.UPLOADED), Step.nextFrom(TaskStatus.READY_TO_UPLOAD));
        assertEquals(List.of(TaskStatus.APPROVED), Step.nextFrom(TaskStatus.UPLOADED));
        assertEquals(List.of(TaskStatus.CLOSED), Step.nextFrom(TaskStatus.APPROVED));
        assertEquals(List.of(), Step.nextFrom(TaskStatus.CLOSED));
        assertEquals(Setter.QA, Step.PASS_QUALITY_ASSURANCE.setter());
        assertEquals(Setter.QA, Step.FAIL_QUALITY_ASSURANCE.setter());
        assertEquals(Setter.DEVELOPER, Step.END_REVIEW.setter());
        assertEquals(Setter.DEVELOPER, Step.BACK_FROM_REVIEW.setter());
        assertEquals(Setter.CUSTOMER, Step.ASK_FOR_UPLOAD.setter());
        assertEquals(Setter.CUSTOMER, Step.APPROVE.setter());
        assertEquals(Setter.STAFF, Step.UPLOAD.setter());
        assertEquals(Setter.STAFF, Step.CLOSE.setter());
    }

    @Test
    void aNewTaskIsScheduledByADirectorOnly() {
        var task = task();
        assertEquals(TaskStatus.SCHEDULED, task.status());
        assertEquals("dora", task.history().get(0).actor());
        for (Actor someone : List.of(DEVELOPER, QA, ADMIN, CUSTOMER)) {
            var refused = assertThrows(
                    ProservException.class,
                    () -> Task.planned(1L, 7L, "t", null, 1, 501L, TaskFixture.PLAN, someone, NOW));
            assertEquals(ProblemCategory.FORBIDDEN, refused.category(), someone::toString);
        }
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void eachStepIsTakenByItsSetterAndRecordedWithWhoWhenAndTheNote(Step step) {
        var task = taskAt(step.from());
        int before = task.history().size();
        var later = NOW.plusSeconds(30);
        task.move(setterOf(step), moveOf(step), Optional.of(PAID), TODAY, later);

        assertEquals(step.to(), task.status());
        assertEquals(before + 1, task.history().size());
        var change = task.history().get(before);
        assertEquals(step.from(), change.from());
        assertEquals(step.to(), change.to());
        assertEquals(setterOf(step).username(), change.actor());
        assertEquals(setterOf(step).role(), change.actorRole());
        assertEquals("step " + step, change.note());
        assertEquals(later, change.changedAt());
        assertEquals(TaskChange.Kind.STATUS, change.kind());
    }

    static Stream<Arguments> everyoneElsePerStep() {
        List<Arguments> cases = new ArrayList<>();
        for (Step step : Step.values()) {
            for (Actor actor : EVERYONE) {
                if (!step.setter().permits(actor)) {
                    cases.add(Arguments.of(step, actor));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("everyoneElsePerStep")
    void anyoneElseIsRefusedWith403AndNothingChanges(Step step, Actor someone) {
        var task = taskAt(step.from());
        int before = task.history().size();
        var refused = assertThrows(
                ProservException.class, () -> task.move(someone, moveOf(step), Optional.of(PAID), TODAY, NOW));
        assertEquals(ProblemCategory.FORBIDDEN, refused.category(), refused::getMessage);
        assertEquals(step.from(), task.status());
        assertEquals(before, task.history().size());
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"admin", "director", "developer", "qa", "designer", "quote_manager"})
    void readyToUploadAndApprovedAreTheCustomersAloneEvenAgainstAnAdmin(Role role) {
        var staff = new Actor("someone", role, null);
        var completed = taskAt(TaskStatus.COMPLETED);
        var uploaded = taskAt(TaskStatus.UPLOADED);
        var refusedUpload = assertThrows(
                ProservException.class,
                () -> completed.move(staff, Move.to(TaskStatus.READY_TO_UPLOAD), Optional.of(PAID), TODAY, NOW));
        var refusedApproval = assertThrows(
                ProservException.class,
                () -> uploaded.move(staff, Move.to(TaskStatus.APPROVED), Optional.of(PAID), TODAY, NOW));
        assertEquals(ProblemCategory.FORBIDDEN, refusedUpload.category());
        assertEquals(ProblemCategory.FORBIDDEN, refusedApproval.category());
        assertTrue(refusedUpload.getMessage().contains("the customer"), refusedUpload::getMessage);
        // named apart from the problem's own status member
        assertEquals("READY_TO_UPLOAD", refusedUpload.properties().get("requestedStatus"));
        assertFalse(refusedUpload.properties().containsKey("status"));
        // refused whatever the task's status: staff never set these
        var working = taskAt(TaskStatus.WORKING);
        assertEquals(
                ProblemCategory.FORBIDDEN,
                assertThrows(
                                ProservException.class,
                                () -> working.move(staff, Move.to(TaskStatus.APPROVED), Optional.of(PAID), TODAY, NOW))
                        .category());
    }

    static Stream<Arguments> illegalMoves() {
        List<Arguments> cases = new ArrayList<>();
        for (TaskStatus from : TaskStatus.values()) {
            for (TaskStatus to : TaskStatus.values()) {
                if (Step.between(from, to).isEmpty()) {
                    cases.add(Arguments.of(from, to));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("illegalMoves")
    void anIllegalMoveIs409NamingTheAllowedNextStatuses(TaskStatus from, TaskStatus to) {
        var task = taskAt(from);
        // someone who may set the target status from somewhere: only the lifecycle refuses
        Actor setter = Stream.of(Step.values())
                .filter(s -> s.to() == to)
                .findFirst()
                .map(TaskFixture::setterOf)
                .orElse(DIRECTOR);
        var refused = assertThrows(
                ProservException.class,
                () -> task.move(
                        setter,
                        Move.to(to).withLink(linkFor(to)).withReports(reportsFor(to)),
                        Optional.of(PAID),
                        TODAY,
                        NOW));
        assertEquals(ProblemCategory.CONFLICT, refused.category(), refused::getMessage);
        assertEquals(
                Step.nextFrom(from).stream().map(Enum::name).toList(),
                refused.properties().get("allowedNext"));
        assertEquals(from, task.status());
    }

    private static String linkFor(TaskStatus to) {
        return to == TaskStatus.REVIEWING || to == TaskStatus.COMPLETED ? "https://example.com/x" : null;
    }

    private static List<String> reportsFor(TaskStatus to) {
        return to == TaskStatus.CLOSED ? List.of("reports/a.pdf") : List.of();
    }

    @Test
    void noWorkBeforePaymentWorkingIsRefusedNamingTheUnpaidInvoice() {
        var task = task();
        var refused = assertThrows(
                ProservException.class,
                () -> task.move(DEVELOPER, Move.to(TaskStatus.WORKING), Optional.of(UNPAID), TODAY, NOW));
        assertEquals(ProblemCategory.CONFLICT, refused.category());
        assertEquals(501L, refused.properties().get("invoiceId"));
        assertTrue(refused.getMessage().contains("invoice 501"), refused::getMessage);
        assertEquals(TaskStatus.SCHEDULED, task.status());
        task.move(DEVELOPER, Move.to(TaskStatus.WORKING), Optional.of(PAID), TODAY, NOW);
        assertEquals(TaskStatus.WORKING, task.status());
    }

    @Test
    void aGuaranteeFixIsFreeItStartsWithoutAnyInvoice() {
        var fix = Task.fix(1L, 7L, 99L, "Fix: totals wrong", CUSTOMER, NOW);
        assertTrue(fix.isFix());
        assertEquals(TaskStatus.SCHEDULED, fix.status());
        assertTrue(fix.invoiceId().isEmpty());
        fix.move(DEVELOPER, Move.to(TaskStatus.WORKING), Optional.empty(), TODAY, NOW);
        assertEquals(TaskStatus.WORKING, fix.status());
    }

    @Test
    void qaSendsAFailedTestBackToWorkingAndTheDeveloperABackFromReview() {
        var tested = taskAt(TaskStatus.QUALITY_ASSURANCE);
        tested.move(QA, Move.to(TaskStatus.WORKING).withNote("test 3 fails"), Optional.of(PAID), TODAY, NOW);
        assertEquals(TaskStatus.WORKING, tested.status());
        var reviewed = taskAt(TaskStatus.REVIEWING);
        reviewed.move(DEVELOPER, Move.to(TaskStatus.WORKING), Optional.of(PAID), TODAY, NOW);
        assertEquals(TaskStatus.WORKING, reviewed.status());
    }

    @Test
    void reviewingTakesAPreviewLinkAndCompletedALinkToCheck() {
        var working = taskAt(TaskStatus.WORKING);
        var noLink = assertThrows(
                ProservException.class,
                () -> working.move(DEVELOPER, Move.to(TaskStatus.REVIEWING), Optional.of(PAID), TODAY, NOW));
        assertEquals("link", noLink.fieldErrors().get(0).field());
        var notHttp = assertThrows(
                ProservException.class,
                () -> working.move(
                        DEVELOPER,
                        Move.to(TaskStatus.REVIEWING).withLink("javascript:alert(1)"),
                        Optional.of(PAID),
                        TODAY,
                        NOW));
        assertEquals("link", notHttp.fieldErrors().get(0).field());
        working.move(
                DEVELOPER,
                Move.to(TaskStatus.REVIEWING).withLink("https://preview.example.com/p"),
                Optional.of(PAID),
                TODAY,
                NOW);
        assertEquals("https://preview.example.com/p", working.previewLink().orElseThrow());

        var inQa = taskAt(TaskStatus.QUALITY_ASSURANCE);
        var noCheckLink = assertThrows(
                ProservException.class,
                () -> inQa.move(QA, Move.to(TaskStatus.COMPLETED), Optional.of(PAID), TODAY, NOW));
        assertEquals("link", noCheckLink.fieldErrors().get(0).field());
        inQa.move(
                QA,
                Move.to(TaskStatus.COMPLETED).withLink("https://check.example.com/c"),
                Optional.of(PAID),
                TODAY,
                NOW);
        assertEquals("https://check.example.com/c", inQa.checkLink().orElseThrow());
        assertEquals(100, inQa.percentDone(), "completed work is all done");
    }

    @Test
    void aValueTheStatusDoesNotTakeIsRefused() {
        var scheduled = task();
        var refused = assertThrows(
                ProservException.class,
                () -> scheduled.move(
                        DEVELOPER,
                        Move.to(TaskStatus.WORKING).withLink("https://example.com"),
                        Optional.of(PAID),
                        TODAY,
                        NOW));
        assertEquals("link", refused.fieldErrors().get(0).field());
        assertEquals(TaskStatus.SCHEDULED, scheduled.status());
    }

    @Test
    void theCustomerMayNameAWantedUploadDateNotInThePast() {
        var past = taskAt(TaskStatus.COMPLETED);
        var refused = assertThrows(
                ProservException.class,
                () -> past.move(
                        CUSTOMER,
                        Move.to(TaskStatus.READY_TO_UPLOAD).withWantedUploadDate(TODAY.minusDays(1)),
                        Optional.of(PAID),
                        TODAY,
                        NOW));
        assertEquals("wantedUploadDate", refused.fieldErrors().get(0).field());
        var farAway = taskAt(TaskStatus.COMPLETED);
        assertEquals(
                "wantedUploadDate",
                assertThrows(
                                ProservException.class,
                                () -> farAway.move(
                                        CUSTOMER,
                                        Move.to(TaskStatus.READY_TO_UPLOAD)
                                                .withWantedUploadDate(
                                                        TODAY.plusYears(1).plusDays(1)),
                                        Optional.of(PAID),
                                        TODAY,
                                        NOW))
                        .fieldErrors()
                        .get(0)
                        .field());
        var today = taskAt(TaskStatus.COMPLETED);
        today.move(
                CUSTOMER,
                Move.to(TaskStatus.READY_TO_UPLOAD).withWantedUploadDate(TODAY),
                Optional.of(PAID),
                TODAY,
                NOW);
        assertEquals(TODAY, today.wantedUploadDate().orElseThrow());
        var none = taskAt(TaskStatus.COMPLETED);
        none.move(CUSTOMER, Move.to(TaskStatus.READY_TO_UPLOAD), Optional.of(PAID), TODAY, NOW);
        assertTrue(none.wantedUploadDate().isEmpty());
    }

    @Test
    void anotherCustomerDoesNotSeeTheTask() {
        var completed = taskAt(TaskStatus.COMPLETED);
        var refused = assertThrows(
                ProservException.class,
                () -> completed.move(
                        OTHER_CUSTOMER, Move.to(TaskStatus.READY_TO_UPLOAD), Optional.of(PAID), TODAY, NOW));
        assertEquals(ProblemCategory.NOT_FOUND, refused.category());
    }

    @Test
    void closingNamesTheReportsInTheFileArea() {
        var approved = taskAt(TaskStatus.APPROVED);
        var refused = assertThrows(
                ProservException.class,
                () -> approved.move(ADMIN, Move.to(TaskStatus.CLOSED), Optional.of(PAID), TODAY, NOW));
        assertEquals("reports", refused.fieldErrors().get(0).field());
        var withNull = assertThrows(
                ProservException.class,
                () -> approved.move(
                        ADMIN,
                        Move.to(TaskStatus.CLOSED).withReports(Arrays.asList("a.pdf", null)),
                        Optional.of(PAID),
                        TODAY,
                        NOW));
        assertEquals("reports", withNull.fieldErrors().get(0).field());
        approved.move(
                DIRECTOR,
                Move.to(TaskStatus.CLOSED).withReports(List.of("reports/test.pdf", "reports/handover.pdf")),
                Optional.of(PAID),
                TODAY,
                NOW);
        assertEquals(List.of("reports/test.pdf", "reports/handover.pdf"), approved.reports());
        assertTrue(approved.allowedNext().isEmpty());
    }

    @Test
    void everyStatusIsReachableAndOnlyTheApprovedOnesCountForApproval() {
        for (TaskStatus status : TaskStatus.values()) {
            assertEquals(status, taskAt(status).status());
        }
        assertEquals(
                EnumSet.of(TaskStatus.APPROVED, TaskStatus.CLOSED),
                EnumSet.copyOf(Stream.of(TaskStatus.values())
                        .filter(TaskStatus::approved)
                        .toList()));
        assertFalse(TaskStatus.UPLOADED.approved());
    }
}
