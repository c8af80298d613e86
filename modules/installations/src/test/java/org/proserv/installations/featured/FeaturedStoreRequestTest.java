package org.proserv.installations.featured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;

class FeaturedStoreRequestTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final Actor CUSTOMER = new Actor("alice", Role.customer, 7L);
    private static final Actor STAFF = new Actor("ian", Role.installation_engineer, null);

    @Test
    void aCustomerAsksForTheirOwnLiveStoreByItsWebAddress() {
        var request = new FeaturedStoreRequest(CUSTOMER, "https://shop.example.com/", "great", NOW);
        assertEquals(7L, request.customerId());
        assertEquals(FeaturedStatus.SUBMITTED, request.status());
        var staff = assertThrows(
                ProservException.class, () -> new FeaturedStoreRequest(STAFF, "https://shop.example.com/", null, NOW));
        assertEquals(ProblemCategory.FORBIDDEN, staff.category());
        var bad = assertThrows(
                ProservException.class, () -> new FeaturedStoreRequest(CUSTOMER, "shop.example.com", null, NOW));
        assertEquals("storeUrl", bad.fieldErrors().get(0).field());
    }

    @Test
    void staffDecideOnceWithANote() {
        var request = new FeaturedStoreRequest(CUSTOMER, "https://shop.example.com/", null, NOW);
        var byCustomer = assertThrows(ProservException.class, () -> request.accept(CUSTOMER, null, NOW));
        assertEquals(ProblemCategory.FORBIDDEN, byCustomer.category());
        request.accept(STAFF, "Listed next week", NOW);
        assertEquals(FeaturedStatus.ACCEPTED, request.status());
        assertEquals("Listed next week", request.decisionNote());
        assertEquals("ian", request.decidedBy());
        var twice = assertThrows(ProservException.class, () -> request.decline(STAFF, null, NOW));
        assertEquals(ProblemCategory.CONFLICT, twice.category());
        assertEquals(FeaturedStatus.ACCEPTED, request.status());
    }

    @Test
    void aDeclinedRequestStaysDeclined() {
        var request = new FeaturedStoreRequest(CUSTOMER, "http://shop.example.com", null, NOW);
        request.decline(STAFF, "Not live", NOW);
        assertEquals(FeaturedStatus.DECLINED, request.status());
        assertThrows(ProservException.class, () -> request.accept(STAFF, null, NOW));
    }
}
