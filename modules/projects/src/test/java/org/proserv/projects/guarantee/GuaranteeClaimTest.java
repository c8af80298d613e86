package org.proserv.projects.guarantee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;
import org.proserv.projects.schedule.DeliveryTerms;
import org.proserv.projects.schedule.PartInvoice;
import org.proserv.projects.schedule.Schedule;

/** Guarantee claims (docs/projects.md, Guarantee): free within the period, refused after it with an offer. */
class GuaranteeClaimTest {

    static final Actor CUSTOMER = new Actor("alice", Role.customer, 7L);
    static final Actor DIRECTOR = new Actor("dora", Role.director, null);
    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    static Schedule approved() {
        var schedule =
                new Schedule(1L, 7L, NOW.plus(30, ChronoUnit.DAYS), new PartInvoice(1, 501L, true), DIRECTOR, NOW);
        schedule.tasksNow(List.of(new Schedule.Progress(true, false)), NOW, DeliveryTerms.standard());
        return schedule;
    }

    @Test
    void aClaimWithinTheGuaranteeIsAcceptedUpToItsLastInstant() {
        var schedule = approved();
        var end = schedule.guaranteeEndsAt().orElseThrow();
        var claim = GuaranteeClaim.file(schedule, "Totals are wrong with coupons", CUSTOMER, end);
        assertEquals(end, claim.guaranteeEndsAt());
        assertEquals("alice", claim.claimedBy());
        var early = GuaranteeClaim.file(schedule, "Another one", CUSTOMER, NOW.plusSeconds(1));
        assertEquals(end, early.guaranteeEndsAt());
        assertEquals(end, schedule.guaranteeEndsAt().orElseThrow(), "claims never move the end");
    }

    @Test
    void aClaimAfterTheGuaranteeIsRefusedWithTheEndAndAnOfferToQuote() {
        var schedule = approved();
        var end = schedule.guaranteeEndsAt().orElseThrow();
        var refused = assertThrows(
                ProservException.class,
                () -> GuaranteeClaim.file(schedule, "Broken", CUSTOMER, end.plus(1, ChronoUnit.MICROS)));
        assertEquals(ProblemCategory.CONFLICT, refused.category());
        assertEquals("guarantee-ended", refused.properties().get("rule"));
        assertEquals(end.toString(), refused.properties().get("guaranteeEndedAt"));
        assertEquals(
                "request a quote: POST /api/project-requests",
                refused.properties().get("offer"));
    }

    @Test
    void thereIsNoGuaranteeBeforeTheApproval() {
        var schedule =
                new Schedule(1L, 7L, NOW.plus(30, ChronoUnit.DAYS), new PartInvoice(1, 501L, true), DIRECTOR, NOW);
        var refused =
                assertThrows(ProservException.class, () -> GuaranteeClaim.file(schedule, "Broken", CUSTOMER, NOW));
        assertEquals("guarantee-after-approval", refused.properties().get("rule"));
    }

    @Test
    void onlyTheProjectsCustomerClaimsWithADescription() {
        var schedule = approved();
        assertEquals(
                ProblemCategory.NOT_FOUND,
                assertThrows(
                                ProservException.class,
                                () -> GuaranteeClaim.file(schedule, "Broken", new Actor("bob", Role.customer, 8L), NOW))
                        .category());
        assertEquals(
                ProblemCategory.FORBIDDEN,
                assertThrows(ProservException.class, () -> GuaranteeClaim.file(schedule, "Broken", DIRECTOR, NOW))
                        .category());
        assertEquals(
                "description",
                assertThrows(ProservException.class, () -> GuaranteeClaim.file(schedule, " ", CUSTOMER, NOW))
                        .fieldErrors()
                        .get(0)
                        .field());
    }
}
