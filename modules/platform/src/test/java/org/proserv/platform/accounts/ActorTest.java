package org.proserv.platform.accounts;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;

/** Who may see whose objects: staff everything, a customer only their own. */
class ActorTest {

    private final Actor customer = new Actor("alice", Role.customer, 7L);

    @Test
    void aCustomerActorNeedsACustomerId() {
        assertThrows(IllegalArgumentException.class, () -> new Actor("alice", Role.customer, null));
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"dispatcher", "engineer", "admin"})
    void staffActorsNeedNoCustomerId(Role role) {
        Actor staff = new Actor("sam", role, null);

        assertTrue(staff.isStaff());
        assertFalse(staff.isCustomer());
    }

    @Test
    void aCustomerIsNotStaff() {
        assertTrue(customer.isCustomer());
        assertFalse(customer.isStaff());
    }

    @Test
    void aCustomerSeesOnlyTheirOwnObjects() {
        assertTrue(customer.maySee(7L));
        assertFalse(customer.maySee(8L));
        assertTrue(customer.actsFor(7L));
        assertFalse(customer.actsFor(8L));
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"dispatcher", "engineer", "admin"})
    void staffSeeEveryCustomersObjectsButActForNone(Role role) {
        Actor staff = new Actor("sam", role, null);

        assertTrue(staff.maySee(7L));
        assertTrue(staff.maySee(8L));
        assertFalse(staff.actsFor(7L));
    }

    @Test
    void aStaffActorCarryingACustomerIdStillDoesNotActForThatCustomer() {
        Actor staff = new Actor("sam", Role.engineer, 7L);

        assertFalse(staff.actsFor(7L));
        assertTrue(staff.maySee(8L));
    }

    @Test
    void theSystemActorIsStaff() {
        assertTrue(Actor.system().isStaff());
        assertTrue(Actor.system().maySee(7L));
    }

    @Test
    void staffOnlyActionsRefuseCustomersAsForbidden() {
        ProservException e = assertThrows(ProservException.class, () -> customer.requireStaff("assign tickets"));

        assertEquals(ProblemCategory.FORBIDDEN, e.category());
        assertDoesNotThrow(() -> new Actor("dora", Role.dispatcher, null).requireStaff("assign tickets"));
    }

    @Test
    void customerOnlyActionsRefuseStaffAsForbidden() {
        Actor staff = new Actor("sam", Role.admin, null);

        ProservException e = assertThrows(ProservException.class, () -> staff.requireCustomer("reopen tickets"));

        assertEquals(ProblemCategory.FORBIDDEN, e.category());
        assertDoesNotThrow(() -> customer.requireCustomer("reopen tickets"));
    }
}
