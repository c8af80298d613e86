package org.proserv.rest.releases;

import org.proserv.kernel.error.ProservException;
import org.proserv.releases.tracker.SimilarEntries;

/**
 * Query parameters of the releases API that {@link org.proserv.rest.Params} has no parser for; each failure a 400
 * naming it.
 */
final class ReleaseParams {

    /**
     * The longest text a similar-entries query takes in its URL, per parameter; the POST variants take whole texts in
     * their body.
     */
    static final int MAX_QUERY_TEXT = 2_000;

    private ReleaseParams() {}

    static String requiredText(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw ProservException.invalid(name, "is required");
        }
        if (value.length() > maxLength) {
            throw ProservException.invalid(name, "must be at most " + maxLength + " characters");
        }
        return value.trim();
    }

    static String optionalText(String name, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw ProservException.invalid(name, "must be at most " + maxLength + " characters");
        }
        return value == null ? "" : value;
    }

    /**
     * How many suggestions: 1 to {@link SimilarEntries#MAX_LIMIT}, {@link SimilarEntries#DEFAULT_LIMIT} when absent.
     */
    static int limit(String value) {
        if (value == null || value.isBlank()) {
            return SimilarEntries.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= SimilarEntries.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProservException.invalid("limit", "must be a number from 1 to " + SimilarEntries.MAX_LIMIT);
    }
}
