package org.proserv.installations.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.money.Money;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;

class InstallationOrderTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final InstallationTerms TERMS = InstallationTerms.standard();
    private static final Actor CUSTOMER = new Actor("alice", Role.customer, 7L);
    private static final Actor OTHER_CUSTOMER = new Actor("bob", Role.customer, 8L);
    private static final Actor ENGINEER = new Actor("ian", Role.installation_engineer, null);
    private static final Actor OTHER_ENGINEER = new Actor("ivy", Role.installation_engineer, null);
    private static final Actor ADMIN = new Actor("admin", Role.admin, null);
    private static final Software WORDPRESS =
            new Software("WordPress", "6.4", "https://wordpress.org", "https://wordpress.org/latest.zip");

    private static InstallationOrder pointsOrder() {
        return InstallationOrder.installation(7L, null, null, PaymentMethod.POINTS, TERMS, CUSTOMER, NOW);
    }

    private static InstallationOrder paidOrder() {
        var order = pointsOrder();
        order.paid(Actor.system(), "150 points", NOW);
        return order;
    }

    private static ProservException refused(ProblemCategory category, Runnable step) {
        var refused = assertThrows(ProservException.class, step::run);
        assertEquals(category, refused.category(), refused.getMessage());
        return refused;
    }

    @Test
    void anInstallationInPointsCostsTheConfiguredPointsAndByInvoiceTheConfiguredPrice() {
        var inPoints = pointsOrder();
        assertEquals(OrderStatus.ORDERED, inPoints.status());
        assertEquals(150, inPoints.pointsDue());
        assertTrue(inPoints.price().isEmpty());

        var byInvoice = InstallationOrder.installation(7L, 3L, "a note", PaymentMethod.INVOICE, TERMS, CUSTOMER, NOW);
        assertEquals(Money.of("150.00", "USD"), byInvoice.price().orElseThrow());
        assertEquals(3L, byInvoice.ticketId());
        assertThrows(IllegalStateException.class, byInvoice::pointsDue);

        var cheaper = new InstallationTerms(90, Money.of("99.00", "USD"), 100);
        assertEquals(
                90,
                InstallationOrder.installation(7L, null, null, PaymentMethod.POINTS, cheaper, CUSTOMER, NOW)
                        .pointsDue());
    }

    @Test
    void aCustomerOrdersOnlyForThemself() {
        refused(
                ProblemCategory.NOT_FOUND,
                () -> InstallationOrder.installation(7L, null, null, PaymentMethod.POINTS, TERMS, OTHER_CUSTOMER, NOW));
        assertEquals(
                "ian",
                InstallationOrder.installation(7L, null, null, PaymentMethod.POINTS, TERMS, ENGINEER, NOW)
                        .placedBy());
    }

    @Test
    void shortOfPointsItWaitsForATopUpAndIsPaidFromThere() {
        var order = pointsOrder();
        order.awaitTopUp(Actor.system(), NOW);
        assertEquals(OrderStatus.AWAITING_TOP_UP, order.status());
        order.paid(Actor.system(), "150 points", NOW.plusSeconds(60));
        assertEquals(OrderStatus.PAID, order.status());
        assertEquals(NOW.plusSeconds(60), order.statusSince());
        assertTrue(order.wasPaid());
    }

    @Test
    void theLifecycleRunsInItsOrderOnlyAndAnIllegalStepNamesTheAllowedNextStatuses() {
        var order = pointsOrder();
        var early = refused(ProblemCategory.CONFLICT, () -> order.schedule(NOW.plusSeconds(3600), ENGINEER, NOW));
        assertEquals("ORDERED", early.properties().get("currentStatus"));
        assertEquals(
                List.of("AWAITING_TOP_UP", "PAID", "CANCELLED").stream()
                        .sorted()
                        .toList(),
                ((List<?>) early.properties().get("allowed"))
                        .stream().map(Object::toString).sorted().toList());

        order.paid(Actor.system(), null, NOW);
        order.assign("ian", ADMIN, NOW);
        refused(ProblemCategory.CONFLICT, () -> order.start(ENGINEER, NOW));
        order.schedule(NOW.plus(Duration.ofDays(1)), ENGINEER, NOW);
        order.schedule(NOW.plus(Duration.ofDays(2)), ENGINEER, NOW);
        assertEquals(NOW.plus(Duration.ofDays(2)), order.scheduledFor(), "a scheduled order may be moved");
        refused(ProblemCategory.CONFLICT, () -> order.complete(ENGINEER, null, NOW));
        order.start(ENGINEER, NOW);
        order.complete(ENGINEER, "installed", NOW);
        assertEquals(OrderStatus.DONE, order.status());
        var after = refused(ProblemCategory.CONFLICT, () -> order.cancel(CUSTOMER, null, NOW));
        assertEquals(List.of(), after.properties().get("allowed"));
        assertEquals(
                List.of(
                        OrderStatus.ORDERED,
                        OrderStatus.PAID,
                        OrderStatus.PAID,
                        OrderStatus.SCHEDULED,
                        OrderStatus.SCHEDULED,
                        OrderStatus.IN_PROGRESS,
                        OrderStatus.DONE),
                order.history().stream().map(OrderChange::to).toList());
        assertEquals("ian", order.history().get(5).actor());
    }

    @Test
    void aScheduleIsNeverInThePast() {
        var order = paidOrder();
        var refused = refused(ProblemCategory.VALIDATION, () -> order.schedule(NOW.minusSeconds(1), ENGINEER, NOW));
        assertEquals("scheduledFor", refused.fieldErrors().get(0).field());
        assertEquals(OrderStatus.PAID, order.status());
    }

    @Test
    void onlyTheAssignedEngineerOrAnAdminStartsAndFinishesTheWork() {
        var order = paidOrder();
        order.schedule(NOW.plusSeconds(60), ENGINEER, NOW);
        refused(ProblemCategory.CONFLICT, () -> order.start(ADMIN, NOW));
        order.assign("ian", ADMIN, NOW);
        refused(ProblemCategory.FORBIDDEN, () -> order.start(OTHER_ENGINEER, NOW));
        order.start(ADMIN, NOW);
        refused(ProblemCategory.FORBIDDEN, () -> order.complete(OTHER_ENGINEER, null, NOW));
        order.complete(ENGINEER, null, NOW);
    }

    @Test
    void itIsCancelledOnlyBeforeTheWorkStarts() {
        for (var status : List.of(OrderStatus.ORDERED, OrderStatus.PAID, OrderStatus.SCHEDULED)) {
            var order = pointsOrder();
            if (status != OrderStatus.ORDERED) {
                order.paid(Actor.system(), null, NOW);
            }
            if (status == OrderStatus.SCHEDULED) {
                order.schedule(NOW.plusSeconds(60), ENGINEER, NOW);
            }
            order.cancel(CUSTOMER, "changed my mind", NOW);
            assertEquals(OrderStatus.CANCELLED, order.status());
        }
        var started = paidOrder();
        started.assign("ian", ADMIN, NOW);
        started.schedule(NOW, ENGINEER, NOW);
        started.start(ENGINEER, NOW);
        var refused = refused(ProblemCategory.CONFLICT, () -> started.cancel(CUSTOMER, null, NOW));
        assertEquals(List.of("DONE"), refused.properties().get("allowed"));
    }

    @Test
    void aCancelledOrderRecordsWhatGoesBack() {
        var order = paidOrder();
        order.cancel(ADMIN, null, NOW);
        order.refundedPoints(150);
        assertEquals(150, order.refundedPoints());

        var invoiced = InstallationOrder.installation(7L, null, null, PaymentMethod.INVOICE, TERMS, CUSTOMER, NOW);
        assertFalse(invoiced.wasPaid());
        invoiced.invoiced(41L);
        assertThrows(IllegalStateException.class, () -> invoiced.invoiced(42L));
        invoiced.paid(Actor.system(), "invoice 41 paid", NOW);
        invoiced.cancel(CUSTOMER, null, NOW);
        invoiced.owe(Money.of("150.00", "USD"));
        assertEquals(Money.of("150.00", "USD"), invoiced.refundOwed().orElseThrow());
    }

    @Test
    void aThirdPartyInstallationIsTitledAsTheVendorDoesAndPricedAtLeastAtTheMinimum() {
        var order = InstallationOrder.thirdParty(7L, null, WORDPRESS, null, CUSTOMER, NOW);
        assertEquals("Request for a 3-rd party software installation", order.title());
        assertEquals(OrderStatus.REQUESTED, order.status());
        assertEquals(WORDPRESS, order.software().orElseThrow());
        assertThrows(IllegalStateException.class, order::pointsDue);

        var low = refused(ProblemCategory.VALIDATION, () -> order.price(99, TERMS, ENGINEER, NOW));
        assertEquals("points", low.fieldErrors().get(0).field());
        assertEquals(100, low.properties().get("minimum"));
        assertEquals(OrderStatus.REQUESTED, order.status(), "a refused price changes nothing");

        order.price(100, TERMS, ENGINEER, NOW);
        assertEquals(OrderStatus.PRICED, order.status());
        assertEquals(100, order.pointsDue());
        var higherMinimum = new InstallationTerms(150, Money.of("150.00", "USD"), 250);
        refused(ProblemCategory.VALIDATION, () -> order.price(200, higherMinimum, ENGINEER, NOW));
    }

    @Test
    void theInstallationServiceIsNotPricedByStaff() {
        refused(ProblemCategory.CONFLICT, () -> pointsOrder().price(200, TERMS, ENGINEER, NOW));
    }

    @Test
    void onlyTheOrdersCustomerAcceptsOrDeclinesAPriceAndADeclineChargesNothing() {
        var order = InstallationOrder.thirdParty(7L, null, WORDPRESS, null, CUSTOMER, NOW);
        refused(ProblemCategory.CONFLICT, () -> order.requireAcceptable(CUSTOMER));
        order.price(120, TERMS, ENGINEER, NOW);
        refused(ProblemCategory.FORBIDDEN, () -> order.requireAcceptable(ADMIN));
        refused(ProblemCategory.FORBIDDEN, () -> order.requireAcceptable(OTHER_CUSTOMER));
        refused(ProblemCategory.FORBIDDEN, () -> order.decline(ENGINEER, null, NOW));
        order.decline(CUSTOMER, "too expensive", NOW);
        assertEquals(OrderStatus.DECLINED, order.status());
        assertEquals(null, order.pricePoints());
        refused(ProblemCategory.CONFLICT, () -> order.requireAcceptable(CUSTOMER));
        order.price(100, TERMS, ENGINEER, NOW);
        order.requireAcceptable(CUSTOMER);
        order.paid(CUSTOMER, "100 points", NOW);
        assertEquals(OrderStatus.PAID, order.status());
    }

    @Test
    void anEngineerIsAssignedUntilTheOrderIsFinal() {
        var order = paidOrder();
        order.assign("ian", ADMIN, NOW);
        order.assign("ivy", ADMIN, NOW);
        assertEquals("ivy", order.engineer());
        assertEquals(OrderStatus.PAID, order.status(), "an assignment keeps the status");
        order.cancel(ADMIN, null, NOW);
        refused(ProblemCategory.CONFLICT, () -> order.assign("ian", ADMIN, NOW));
    }

    @Test
    void theLedgerReferenceNamesTheOrder() {
        assertEquals("installation-order:null", pointsOrder().ledgerReference());
    }
}
