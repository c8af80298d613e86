/**
 * Support points: the pack catalogue, lots, the append-only ledger, FIFO spending from the oldest
 * unexpired lot, money-back refunds, and the expiry and warning sweeps.
 */
package org.proserv.support.points;
