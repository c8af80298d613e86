package org.proserv.support.api;

import java.util.List;

/**
 * What a spend for a reference took: the points and, lot by lot, the ledger entries (oldest lot first).
 *
 * @param paid false when the customer had not enough and nothing was taken
 */
public record PointsSpend(String reference, boolean paid, int points, List<Entry> entries) {

    /** One ledger entry of the spend: the lot and the (negative) points taken from it. */
    public record Entry(long entryId, long lotId, int points) {}

    static PointsSpend notEnough(String reference) {
        return new PointsSpend(reference, false, 0, List.of());
    }
}
