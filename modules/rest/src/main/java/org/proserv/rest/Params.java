package org.proserv.rest;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.paging.PageRequest;

/** Parsing of path and query parameters, each failure a 400 naming the parameter. */
public final class Params {

    private Params() {}

    /** The range of instants the API accepts: wide for any business use, narrow enough for any database. */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    public static Instant instant(String name, String value) {
        String text = required(name, value);
        try {
            return inRange(name, OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeException e) {
            throw ProservException.invalid(name, "must be an ISO-8601 instant with offset, e.g. 2026-01-05T09:00:00Z");
        }
    }

    /** An instant from a request body, refused when outside the years 1900 to 9999. */
    public static Instant inRange(String name, Instant value) {
        if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
            throw ProservException.invalid(name, "must be between " + EARLIEST + " and " + LATEST);
        }
        return value;
    }

    public static Duration duration(String name, String value) {
        String text = required(name, value);
        try {
            return Duration.parse(text);
        } catch (DateTimeException e) {
            throw ProservException.invalid(name, "must be an ISO-8601 duration, e.g. PT16H");
        }
    }

    public static LocalDate date(String name, String value) {
        String text = required(name, value);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw ProservException.invalid(name, "must be a date as yyyy-MM-dd");
        }
    }

    public static PageRequest page(String page, String size) {
        return new PageRequest(number("page", page, 0), number("size", size, PageRequest.DEFAULT_SIZE));
    }

    private static int number(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ProservException.invalid(name, "must be a whole number");
        }
    }

    /** An optional id in a query, e.g. {@code ?productId=7}: a positive whole number, or 400 naming it. */
    public static Optional<Long> optionalId(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(id(name, value));
    }

    public static long requiredId(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProservException.invalid(name, "is required");
        }
        return id(name, value);
    }

    private static long id(String name, String value) {
        try {
            long id = Long.parseLong(value.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProservException.invalid(name, "must be a positive number");
    }

    public static <E extends Enum<E>> Optional<E> optionalEnum(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equalsIgnoreCase(value.trim()))
                .findFirst()
                .or(() -> {
                    throw ProservException.invalid(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
                });
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProservException.invalid(name, "is required");
        }
        return value.trim();
    }
}
