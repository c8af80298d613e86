package org.proserv.support.api;

import java.time.Instant;

/**
 * A customer's points grew (a purchase or a staff grant). Fired synchronously inside the top-up's transaction: an
 * observer in another context resumes what waited for points in that transaction (it commits with the top-up, or
 * neither does), and must not fail it for being short again: it spends with {@link PointsAccount#spendOnce}, which
 * answers "not enough" without throwing.
 */
public record PointsToppedUp(long customerId, int points, Instant at) {}
