package org.proserv.support.api;

/**
 * A customer's points now.
 *
 * @param balance the sum of the ledger
 * @param available what can be spent now (unexpired lots)
 */
public record PointsBalance(long customerId, int balance, int available) {}
