package org.proserv.rest;

import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.paging.PageRequest;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;

/** Parsing of path and query parameters, each failure a 400 naming the parameter. */
public final class Params {

    private Params() {
    }

    public static Instant instant(String name, String value) {
        String text = required(name, value);
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw ProservException.invalid(name, "must be an ISO-8601 instant with offset, e.g. 2026-01-05T09:00:00Z");
        }
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

    public static PageRequest page(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? PageRequest.DEFAULT_SIZE : size);
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
