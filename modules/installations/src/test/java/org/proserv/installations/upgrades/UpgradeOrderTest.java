package org.proserv.installations.upgrades;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.money.Money;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;

class UpgradeOrderTest {

    private static final Instant T0 = Instant.parse("2026-03-04T07:00:00Z");
    private static final long CUSTOMER = 42;

    private final Actor alice = new Actor("alice", Role.customer, CUSTOMER);
    private final Actor otherCustomer = new Actor("bob", Role.customer, 43L);
    private final Actor specialist = new Actor("uma", Role.upgrade_specialist, null);
    private final Actor pm = new Actor("pam", Role.project_manager, null);
    private final Actor engineer = new Actor("ian", Role.installation_engineer, null);
    private final Actor admin = new Actor("admin", Role.admin, null);

    private Instant now = T0;

    private Instant later() {
        now = now.plusSeconds(3600);
        return now;
    }

    private static UpgradeDraft basicDraft() {
        return new UpgradeDraft("X-Cart", "4.7.12", "5.0.1", "https://shop.example.com", List.of(), false);
    }

    private static UpgradeDraft customDraft(boolean reimplementation) {
        return new UpgradeDraft(
                "X-Cart",
                "4.7.12",
                "5.0.1",
                "https://shop.example.com",
                List.of(
                        new UpgradeDraft.Modification(ModificationKind.FEATURE, "Gift wrapping", "at checkout"),
                        new UpgradeDraft.Modification(ModificationKind.SKIN, "Winter skin", null),
                        new UpgradeDraft.Modification(ModificationKind.FEATURE, "Acme reviews", "bought add-on")),
                reimplementation);
    }

    private UpgradeOrder basic() {
        return new UpgradeOrder(CUSTOMER, basicDraft(), alice, now);
    }

    private static Estimate estimate(String price, boolean minorDesign, Estimate.ThirdParty... thirdParty) {
        return new Estimate(Money.of(price, "USD"), minorDesign, "examined", Arrays.asList(thirdParty));
    }

    private UpgradeOrder confirmedAndPaid(UpgradeOrder order) {
        order.estimate(specialist, estimate("400.00", true), later());
        order.decide(alice, Gate.CONFIRMATION, true, null, later());
        order.invoiced(900);
        order.paid(900, later());
        return order;
    }

    private UpgradeOrder atResultCheck(UpgradeOrder order) {
        confirmedAndPaid(order);
        order.schedule(engineer, now.plusSeconds(86_400), later());
        order.basicUpgradeDone(specialist, "on upgrade.example", later());
        return order;
    }

    private static void assertStatus(UpgradeStatus status, Optional<Gate> gate, UpgradeOrder order) {
        assertEquals(status, order.status());
        assertEquals(gate, order.gate());
    }

    private static ProservException refused(ProblemCategory category, Runnable step) {
        var e = assertThrows(ProservException.class, step::run);
        assertEquals(category, e.category(), e.getMessage());
        return e;
    }

    // ---- the request

    @Test
    void aRequestNeedsAnHttpStoreUrlAndModificationsToReimplement() {
        var noUrl = new UpgradeDraft("X-Cart", "4.7.12", "5.0.1", "ftp://shop.example.com", List.of(), false);
        var e = refused(ProblemCategory.VALIDATION, () -> new UpgradeOrder(CUSTOMER, noUrl, alice, now));
        assertEquals("storeUrl", e.fieldErrors().get(0).field());
        var nothingToReimplement = new UpgradeDraft("X-Cart", "4.7.12", "5.0.1", "https://s.example", List.of(), true);
        e = refused(ProblemCategory.VALIDATION, () -> new UpgradeOrder(CUSTOMER, nothingToReimplement, alice, now));
        assertEquals("reimplementationWanted", e.fieldErrors().get(0).field());
        var unnamed = new UpgradeDraft(
                "X-Cart",
                "4.7.12",
                "5.0.1",
                "https://s.example",
                List.of(new UpgradeDraft.Modification(ModificationKind.SKIN, " ", null)),
                false);
        e = refused(ProblemCategory.VALIDATION, () -> new UpgradeOrder(CUSTOMER, unnamed, alice, now));
        assertEquals("customModifications[0].name", e.fieldErrors().get(0).field());
    }

    @Test
    void aNewOrderWaitsForTheEstimateOnNoGate() {
        var order = basic();
        assertStatus(UpgradeStatus.REQUESTED, Optional.empty(), order);
        assertNull(order.gateSince());
        assertEquals(List.of(UpgradeStep.ESTIMATE), order.allowedSteps());
        assertEquals("request", order.changes().get(0).step());
    }

    // ---- the basic path

    @Test
    void theBasicPathGoesThroughEveryGateInOrderShowingWhichItWaitsOnAndSinceWhen() {
        var order = basic();
        Instant estimated = later();
        order.estimate(specialist, estimate("400.00", true), estimated);
        assertStatus(UpgradeStatus.AWAITING_CONFIRMATION, Optional.of(Gate.CONFIRMATION), order);
        assertEquals(estimated, order.gateSince());
        assertEquals(Boolean.TRUE, order.minorDesignChanges(), "the decision is recorded with the estimate");
        assertEquals(Optional.of(Money.of("400.00", "USD")), order.total());

        order.decide(alice, Gate.CONFIRMATION, true, null, later());
        assertStatus(UpgradeStatus.AWAITING_PAYMENT, Optional.empty(), order);
        assertNull(order.gateSince());
        order.invoiced(900);
        assertEquals(List.of(UpgradeStep.PAYMENT), order.allowedSteps());
        order.paid(900, later());
        assertStatus(UpgradeStatus.PAID, Optional.empty(), order);

        Instant at = now.plusSeconds(86_400);
        order.schedule(engineer, at, later());
        assertEquals(at, order.scheduledFor());
        assertStatus(UpgradeStatus.SCHEDULED, Optional.empty(), order);

        Instant upgraded = later();
        order.basicUpgradeDone(specialist, null, upgraded);
        assertStatus(UpgradeStatus.AWAITING_RESULT_CHECK, Optional.of(Gate.RESULT_CHECK), order);
        assertEquals(upgraded, order.gateSince());

        Instant checked = later();
        order.decide(alice, Gate.RESULT_CHECK, true, "looks right", checked);
        assertStatus(UpgradeStatus.AWAITING_UPLOAD_CONFIRMATION, Optional.of(Gate.UPLOAD_CONFIRMATION), order);
        assertEquals(checked, order.gateSince(), "the next gate's wait starts when it is reached");

        order.decide(alice, Gate.UPLOAD_CONFIRMATION, true, null, later());
        assertStatus(UpgradeStatus.UPLOADING, Optional.empty(), order);
        order.uploadDone(engineer, "data synchronized", later());
        assertStatus(UpgradeStatus.DONE, Optional.empty(), order);
        assertEquals(List.of(), order.allowedSteps());

        assertEquals(
                List.of(
                        "request",
                        "estimate",
                        "confirmation",
                        "payment",
                        "schedule",
                        "basic-upgrade-done",
                        "result-check",
                        "upload-confirmation",
                        "upload-done"),
                order.changes().stream().map(UpgradeChange::step).toList());
        assertEquals(
                List.of(1, 2, 3, 4, 5, 6, 7, 8, 9),
                order.changes().stream().map(UpgradeChange::seqNo).toList());
        assertEquals("alice", order.changes().get(6).changedBy());
        assertEquals(UpgradeChange.Outcome.PASSED, order.changes().get(6).outcome());
    }

    // ---- the gates

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"customer"},
            mode = EnumSource.Mode.EXCLUDE)
    void noStaffRolePassesOrRejectsAnyGateAdminIncluded(Role role) {
        var staff = new Actor("staff", role, null);
        var order = basic();
        order.estimate(specialist, estimate("400.00", false), later());
        for (boolean passed : List.of(true, false)) {
            var e = refused(
                    ProblemCategory.FORBIDDEN, () -> order.decide(staff, Gate.CONFIRMATION, passed, "notes", later()));
            assertEquals(UpgradeOrder.CUSTOMER_GATE, e.properties().get("rule"));
        }
        var checked = atResultCheck(basic());
        refused(ProblemCategory.FORBIDDEN, () -> checked.decide(staff, Gate.RESULT_CHECK, true, null, later()));
        checked.decide(alice, Gate.RESULT_CHECK, true, null, later());
        refused(ProblemCategory.FORBIDDEN, () -> checked.decide(staff, Gate.UPLOAD_CONFIRMATION, true, null, later()));
        var custom = atCustomCheck();
        refused(ProblemCategory.FORBIDDEN, () -> custom.decide(staff, Gate.CUSTOM_CHECK, true, null, later()));
        assertEquals(UpgradeStatus.AWAITING_CUSTOM_CHECK, custom.status(), "nothing moved");
    }

    @Test
    void anotherCustomerPassesNoGate() {
        var order = basic();
        order.estimate(specialist, estimate("400.00", false), later());
        refused(ProblemCategory.FORBIDDEN, () -> order.decide(otherCustomer, Gate.CONFIRMATION, true, null, later()));
        assertEquals(UpgradeStatus.AWAITING_CONFIRMATION, order.status());
    }

    @Test
    void aGateNotWaitedOnIsAConflictNamingTheAllowedSteps() {
        var order = basic();
        var e = refused(ProblemCategory.CONFLICT, () -> order.decide(alice, Gate.RESULT_CHECK, true, null, later()));
        assertEquals(UpgradeOrder.STEP_OUT_OF_ORDER, e.properties().get("rule"));
        assertEquals(List.of("estimate"), e.properties().get("allowedSteps"));
        order.estimate(specialist, estimate("400.00", false), later());
        e = refused(ProblemCategory.CONFLICT, () -> order.decide(alice, Gate.UPLOAD_CONFIRMATION, true, null, later()));
        assertEquals(List.of("confirmation"), e.properties().get("allowedSteps"));
    }

    @Test
    void rejectingNeedsNotesAndChangesNothingWithout() {
        var order = atResultCheck(basic());
        var e = refused(ProblemCategory.VALIDATION, () -> order.decide(alice, Gate.RESULT_CHECK, false, " ", later()));
        assertEquals("notes", e.fieldErrors().get(0).field());
        assertEquals(UpgradeStatus.AWAITING_RESULT_CHECK, order.status());
    }

    @Test
    void arejectedEstimateGoesBackToExaminationAndIsEstimatedAgainWithHistoryKept() {
        var order = basic();
        order.estimate(specialist, estimate("900.00", true), later());
        order.decide(alice, Gate.CONFIRMATION, false, "too expensive", later());
        assertStatus(UpgradeStatus.REQUESTED, Optional.empty(), order);
        assertEquals(Optional.empty(), order.total(), "the rejected estimate is no longer the offer");
        assertEquals(List.of(UpgradeStep.ESTIMATE), order.allowedSteps());
        order.estimate(specialist, estimate("700.00", false), later());
        assertEquals(Optional.of(Money.of("700.00", "USD")), order.total());
        var rejection = order.changes().get(2);
        assertEquals(UpgradeChange.Outcome.REJECTED, rejection.outcome());
        assertEquals("too expensive", rejection.notes());
        assertEquals(UpgradeStatus.REQUESTED, rejection.toStatus());
        assertTrue(order.changes().get(1).notes().contains("900.00"), "the first estimate stays in the history");
    }

    @Test
    void aRejectedResultCheckSendsTheBasicUpgradeBackToWorkThenToTheSameGateAgain() {
        var order = atResultCheck(basic());
        order.decide(alice, Gate.RESULT_CHECK, false, "the cart page is broken", later());
        assertStatus(UpgradeStatus.SCHEDULED, Optional.empty(), order);
        assertEquals(List.of(UpgradeStep.BASIC_UPGRADE_DONE), order.allowedSteps());
        Instant again = later();
        order.basicUpgradeDone(specialist, "cart fixed", again);
        assertStatus(UpgradeStatus.AWAITING_RESULT_CHECK, Optional.of(Gate.RESULT_CHECK), order);
        assertEquals(again, order.gateSince(), "a new wait");
        assertEquals(
                2,
                order.changes().stream()
                        .filter(c -> c.step().equals("basic-upgrade-done"))
                        .count());
    }

    @Test
    void aRejectedUploadConfirmationGoesBackToTheBasicUpgradeOnTheBasicPath() {
        var order = atResultCheck(basic());
        order.decide(alice, Gate.RESULT_CHECK, true, null, later());
        order.decide(alice, Gate.UPLOAD_CONFIRMATION, false, "not before the sale ends", later());
        assertStatus(UpgradeStatus.SCHEDULED, Optional.empty(), order);
    }

    // ---- staff steps

    @Test
    void eachStaffStepIsTakenOnlyByItsRoles() {
        var order = basic();
        for (var who : List.of(alice, pm, engineer)) {
            refused(ProblemCategory.FORBIDDEN, () -> order.estimate(who, estimate("1.00", false), later()));
        }
        order.estimate(admin, estimate("400.00", false), later());
        order.decide(alice, Gate.CONFIRMATION, true, null, later());
        order.invoiced(1);
        order.paid(1, later());
        for (var who : List.of(alice, pm, new Actor("dev", Role.developer, null))) {
            refused(ProblemCategory.FORBIDDEN, () -> order.schedule(who, now.plusSeconds(60), later()));
        }
        order.schedule(specialist, now.plusSeconds(86_400), later());
        refused(ProblemCategory.FORBIDDEN, () -> order.basicUpgradeDone(alice, null, later()));
        refused(ProblemCategory.FORBIDDEN, () -> order.basicUpgradeDone(pm, null, later()));
        order.basicUpgradeDone(engineer, null, later());
        order.decide(alice, Gate.RESULT_CHECK, true, null, later());
        order.decide(alice, Gate.UPLOAD_CONFIRMATION, true, null, later());
        refused(ProblemCategory.FORBIDDEN, () -> order.uploadDone(alice, null, later()));
        refused(ProblemCategory.FORBIDDEN, () -> order.uploadDone(pm, null, later()));
        order.uploadDone(specialist, null, later());
        assertEquals(UpgradeStatus.DONE, order.status());
    }

    @Test
    void stepsOutOfOrderAreConflictsNamingTheAllowedSteps() {
        var order = basic();
        var e = refused(ProblemCategory.CONFLICT, () -> order.schedule(engineer, now.plusSeconds(60), later()));
        assertEquals(List.of("estimate"), e.properties().get("allowedSteps"));
        assertEquals("REQUESTED", e.properties().get("currentStatus"));
        order.estimate(specialist, estimate("400.00", false), later());
        order.decide(alice, Gate.CONFIRMATION, true, null, later());
        order.invoiced(5);
        e = refused(ProblemCategory.CONFLICT, () -> order.schedule(engineer, now.plusSeconds(60), later()));
        assertEquals(List.of("payment"), e.properties().get("allowedSteps"), "no work before payment");
        refused(ProblemCategory.CONFLICT, () -> order.basicUpgradeDone(engineer, null, later()));
        refused(ProblemCategory.CONFLICT, () -> order.uploadDone(engineer, null, later()));
        refused(ProblemCategory.CONFLICT, () -> order.estimate(specialist, estimate("1.00", false), later()));
        refused(ProblemCategory.CONFLICT, () -> order.reimplementationDone(pm, null, later()));
        refused(ProblemCategory.CONFLICT, () -> order.paid(6, later()));
        assertEquals(UpgradeStatus.AWAITING_PAYMENT, order.status());
    }

    @Test
    void theEstimateIsMoreThanZeroAndTheScheduleNotInThePast() {
        var order = basic();
        var e = refused(ProblemCategory.VALIDATION, () -> order.estimate(specialist, estimate("0.00", false), now));
        assertEquals("price", e.fieldErrors().get(0).field());
        confirmedAndPaid(order);
        e = refused(ProblemCategory.VALIDATION, () -> order.schedule(engineer, now.minusSeconds(1), now));
        assertEquals("scheduledFor", e.fieldErrors().get(0).field());
        order.schedule(engineer, now, now);
        assertEquals(UpgradeStatus.SCHEDULED, order.status());
    }

    // ---- custom modifications

    private UpgradeOrder atCustomCheck() {
        var order = new UpgradeOrder(CUSTOMER, customDraft(true), alice, now);
        order.estimateReimplementation(pm, Money.of("300.00", "USD"), Money.of("150.00", "USD"), null, later());
        order.estimate(specialist, estimate("400.00", false), later());
        order.decide(alice, Gate.CONFIRMATION, true, null, later());
        order.invoiced(7);
        order.paid(7, later());
        order.schedule(engineer, now, now);
        order.basicUpgradeDone(engineer, null, later());
        order.decide(alice, Gate.RESULT_CHECK, true, null, later());
        order.reimplementationDone(pm, null, later());
        return order;
    }

    @Test
    void theCustomEstimateWaitsForBothEstimatesAndAddsTheReimplementation() {
        var order = new UpgradeOrder(CUSTOMER, customDraft(true), alice, now);
        assertEquals(List.of(UpgradeStep.ESTIMATE, UpgradeStep.REIMPLEMENTATION_ESTIMATE), order.allowedSteps());
        order.estimate(specialist, estimate("400.00", true), later());
        assertStatus(UpgradeStatus.REQUESTED, Optional.empty(), order);
        assertEquals(List.of(UpgradeStep.ESTIMATE, UpgradeStep.REIMPLEMENTATION_ESTIMATE), order.allowedSteps());
        refused(
                ProblemCategory.FORBIDDEN,
                () -> order.estimateReimplementation(
                        specialist, Money.of("1.00", "USD"), Money.of("1.00", "USD"), null, later()));
        var mixed = refused(
                ProblemCategory.VALIDATION,
                () -> order.estimateReimplementation(
                        pm, Money.of("300.00", "EUR"), Money.of("150.00", "EUR"), null, later()));
        assertEquals("featuresPrice.currency", mixed.fieldErrors().get(0).field());
        order.estimateReimplementation(pm, Money.of("300.00", "USD"), Money.of("150.00", "USD"), "two skins", later());
        assertStatus(UpgradeStatus.AWAITING_CONFIRMATION, Optional.of(Gate.CONFIRMATION), order);
        assertEquals(Optional.of(Money.of("850.00", "USD")), order.total());
        assertEquals("pam", order.reimplementationEstimatedBy());
    }

    @Test
    void withoutTheCustomersAskTheModificationsAreListedButNotReimplemented() {
        var order = new UpgradeOrder(CUSTOMER, customDraft(false), alice, now);
        assertFalse(order.customPath());
        assertEquals(List.of(UpgradeStep.ESTIMATE), order.allowedSteps());
        order.estimate(specialist, estimate("400.00", false), later());
        assertEquals(UpgradeStatus.AWAITING_CONFIRMATION, order.status());
        atResultCheckFromConfirmation(order);
        order.decide(alice, Gate.RESULT_CHECK, true, null, later());
        assertEquals(UpgradeStatus.AWAITING_UPLOAD_CONFIRMATION, order.status());
    }

    private void atResultCheckFromConfirmation(UpgradeOrder order) {
        order.decide(alice, Gate.CONFIRMATION, true, null, later());
        order.invoiced(8);
        order.paid(8, later());
        order.schedule(engineer, now, now);
        order.basicUpgradeDone(engineer, null, later());
    }

    @Test
    void theCustomPathReimplementsAfterTheResultCheckThenChecksTheCustomFeaturesBeforeTheUpload() {
        var order = atCustomCheck();
        assertStatus(UpgradeStatus.AWAITING_CUSTOM_CHECK, Optional.of(Gate.CUSTOM_CHECK), order);
        refused(ProblemCategory.CONFLICT, () -> order.decide(alice, Gate.UPLOAD_CONFIRMATION, true, null, later()));
        order.decide(alice, Gate.CUSTOM_CHECK, false, "gift wrapping is missing", later());
        assertStatus(UpgradeStatus.REIMPLEMENTING, Optional.empty(), order);
        order.reimplementationDone(pm, "gift wrapping back", later());
        order.decide(alice, Gate.CUSTOM_CHECK, true, null, later());
        assertStatus(UpgradeStatus.AWAITING_UPLOAD_CONFIRMATION, Optional.of(Gate.UPLOAD_CONFIRMATION), order);
        order.decide(alice, Gate.UPLOAD_CONFIRMATION, false, "wait a day", later());
        assertStatus(UpgradeStatus.REIMPLEMENTING, Optional.empty(), order);
        order.reimplementationDone(pm, null, later());
        order.decide(alice, Gate.CUSTOM_CHECK, true, null, later());
        order.decide(alice, Gate.UPLOAD_CONFIRMATION, true, null, later());
        order.uploadDone(engineer, null, later());
        assertEquals(UpgradeStatus.DONE, order.status());
        assertEquals(
                2,
                order.changes().stream()
                        .filter(c -> c.outcome() == UpgradeChange.Outcome.REJECTED)
                        .count());
    }

    @Test
    void thirdPartySoftwareIsMarkedWithItsReasonAndExcludedFromReimplementation() {
        var order = new UpgradeOrder(CUSTOMER, customDraft(true), alice, now);
        var bad = refused(
                ProblemCategory.VALIDATION,
                () -> order.estimate(
                        specialist, estimate("400.00", false, new Estimate.ThirdParty(3, "third-party")), later()));
        assertEquals("thirdParty[0].modification", bad.fieldErrors().get(0).field());
        order.estimate(
                specialist,
                estimate("400.00", false, new Estimate.ThirdParty(2, "Acme reviews is third-party software")),
                later());
        var acme = order.customModifications().get(2);
        assertTrue(acme.thirdParty());
        assertEquals("Acme reviews is third-party software", acme.thirdPartyReason());
        assertFalse(order.customModifications().get(0).thirdParty());
        assertTrue(order.customPath(), "the others are still re-implemented");

        var allThirdParty = new UpgradeOrder(
                CUSTOMER,
                new UpgradeDraft(
                        "X-Cart",
                        "4.7.12",
                        "5.0.1",
                        "https://s.example",
                        List.of(new UpgradeDraft.Modification(ModificationKind.FEATURE, "Acme", null)),
                        true),
                alice,
                now);
        allThirdParty.estimate(
                specialist, estimate("400.00", false, new Estimate.ThirdParty(0, "third-party")), later());
        assertFalse(allThirdParty.customPath());
        assertEquals(UpgradeStatus.AWAITING_CONFIRMATION, allThirdParty.status(), "nothing to re-implement");
        assertEquals(Optional.of(Money.of("400.00", "USD")), allThirdParty.total());
    }

    // ---- payment and the reminder

    @Test
    void onlyTheOrdersOwnInvoicePaysIt() {
        var order = basic();
        order.estimate(specialist, estimate("400.00", false), later());
        order.decide(alice, Gate.CONFIRMATION, true, null, later());
        order.invoiced(10);
        refused(ProblemCategory.CONFLICT, () -> order.paid(11, later()));
        assertEquals(UpgradeStatus.AWAITING_PAYMENT, order.status());
        order.paid(10, later());
        refused(ProblemCategory.CONFLICT, () -> order.paid(10, later()));
    }

    @Test
    void theReminderIsDueOnlyOnceTheCustomerWaitedLongerThanTheConfiguredTime() {
        var after = UpgradeTerms.standard().gateReminderAfter();
        assertEquals(Duration.ofDays(7), after);
        var order = basic();
        assertFalse(order.reminderDue(now.plus(Duration.ofDays(30)), after), "no gate, no reminder");
        Instant reached = later();
        order.estimate(specialist, estimate("400.00", false), reached);
        assertFalse(order.reminderDue(reached.plus(after).minusSeconds(1), after));
        assertFalse(order.reminderDue(reached.plus(after), after), "exactly the time is not longer than it");
        assertTrue(order.reminderDue(reached.plus(after).plusSeconds(1), after));
        order.decide(alice, Gate.CONFIRMATION, true, null, reached.plus(after).plusSeconds(2));
        assertFalse(order.reminderDue(reached.plus(after).plus(after), after), "waiting for payment is no gate");
    }

    @Test
    void theTermsRefuseANonPositiveReminderTime() {
        assertThrows(IllegalArgumentException.class, () -> new UpgradeTerms(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new UpgradeTerms(Duration.ofDays(-1)));
    }
}
