package org.proserv.kernel.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Local-time shorthands for tests on the standard calendar (UTC+04:00). */
final class Times {

    static final ZoneOffset STANDARD_ZONE = ZoneOffset.ofHours(4);

    private Times() {}

    /** {@code "2025-12-01T09:00"} read in UTC+04:00. */
    static Instant local(String localDateTime) {
        return in(STANDARD_ZONE, localDateTime);
    }

    static Instant in(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    static LocalDate date(String isoDate) {
        return LocalDate.parse(isoDate);
    }
}
