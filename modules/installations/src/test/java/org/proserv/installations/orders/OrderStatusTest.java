package org.proserv.installations.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class OrderStatusTest {

    @Test
    void anOrderIsCancellableExactlyWhileTheWorkHasNotStarted() {
        var cancellable = EnumSet.noneOf(OrderStatus.class);
        for (var status : OrderStatus.values()) {
            if (status.cancellable()) {
                cancellable.add(status);
            }
        }
        assertEquals(
                EnumSet.of(
                        OrderStatus.REQUESTED,
                        OrderStatus.PRICED,
                        OrderStatus.DECLINED,
                        OrderStatus.ORDERED,
                        OrderStatus.AWAITING_TOP_UP,
                        OrderStatus.PAID,
                        OrderStatus.SCHEDULED),
                cancellable);
    }

    @Test
    void doneAndCancelledAreFinalAndNothingSkipsPayment() {
        assertTrue(OrderStatus.DONE.next().isEmpty());
        assertTrue(OrderStatus.CANCELLED.next().isEmpty());
        for (var status : EnumSet.of(
                OrderStatus.REQUESTED,
                OrderStatus.PRICED,
                OrderStatus.DECLINED,
                OrderStatus.ORDERED,
                OrderStatus.AWAITING_TOP_UP)) {
            assertFalse(status.mayMoveTo(OrderStatus.SCHEDULED), status + " is not paid");
            assertFalse(status.mayMoveTo(OrderStatus.IN_PROGRESS), status + " is not paid");
        }
        assertEquals(EnumSet.of(OrderStatus.DONE), OrderStatus.IN_PROGRESS.next());
    }
}
