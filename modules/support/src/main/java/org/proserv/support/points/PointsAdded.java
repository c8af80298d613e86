package org.proserv.support.points;

import java.time.Instant;

/** Fired, in the transaction that added them, when a customer's points grew: a purchase or a staff grant. */
public record PointsAdded(long customerId, int points, Instant at) {}
