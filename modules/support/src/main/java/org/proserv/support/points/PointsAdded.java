package org.proserv.support.points;

/** Fired, in the transaction that added them, when a customer's points grew (a purchase, a grant). */
public record PointsAdded(long customerId) {
}
