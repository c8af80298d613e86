package org.proserv.installations.orders;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order stands. The installation service starts {@link #ORDERED}; a third-party installation starts
 * {@link #REQUESTED}, is {@link #PRICED} by staff and accepted or {@link #DECLINED} by the customer. Both then go PAID,
 * SCHEDULED, IN_PROGRESS, DONE; or CANCELLED while the work has not started.
 */
public enum OrderStatus {
    REQUESTED,
    PRICED,
    DECLINED,
    ORDERED,
    AWAITING_TOP_UP,
    PAID,
    SCHEDULED,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    /** The statuses an order in this one may move to. */
    public Set<OrderStatus> next() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(PRICED, CANCELLED);
            case PRICED -> EnumSet.of(PRICED, PAID, AWAITING_TOP_UP, DECLINED, CANCELLED);
            case DECLINED -> EnumSet.of(PRICED, CANCELLED);
            case ORDERED -> EnumSet.of(PAID, AWAITING_TOP_UP, CANCELLED);
            case AWAITING_TOP_UP -> EnumSet.of(PAID, CANCELLED);
            case PAID -> EnumSet.of(SCHEDULED, CANCELLED);
            case SCHEDULED -> EnumSet.of(SCHEDULED, IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(DONE);
            case DONE, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean mayMoveTo(OrderStatus target) {
        return next().contains(target);
    }

    /** Work has not started and nothing is final: the order may still be cancelled. */
    public boolean cancellable() {
        return mayMoveTo(CANCELLED);
    }
}
