package org.proserv.releases.catalog;

import java.time.Instant;
import org.proserv.kernel.error.ProservException;

/**
 * The release dates the catalogue accepts: none before 1990 (older than any product it records, and a typo rather than
 * a date) and none after the year 9999, which every database stores and every date arithmetic handles.
 */
public final class ReleaseDates {

    public static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private ReleaseDates() {}

    /** The instant, when within range; otherwise a 400 naming the field. */
    public static Instant require(String field, Instant value) {
        if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
            throw ProservException.invalid(
                    field, "must be between 1990-01-01T00:00:00Z and 9999-12-31T23:59:59Z, not " + value);
        }
        return value;
    }
}
