package org.proserv.platform.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What one attempt came to.
 *
 * @param status the receiver's HTTP status, or null when there was no answer (refused, timed out)
 * @param retryAfter what the receiver asked for in {@code Retry-After}, if it did
 */
public record SendResult(Integer status, Duration duration, String error, String body, Optional<Duration> retryAfter) {

    public boolean delivered() {
        return status != null && status >= 200 && status < 300;
    }

    /** 410 Gone: the receiver wants no more deliveries. */
    public boolean gone() {
        return status != null && status == 410;
    }

    static SendResult failure(Duration duration, String error) {
        return new SendResult(null, duration, error, null, Optional.empty());
    }

    /** {@code Retry-After} in seconds or as an HTTP date, honoured on 429 and 503 only. */
    static Optional<Duration> retryAfter(int status, Optional<String> header, Instant now) {
        if ((status != 429 && status != 503) || header.isEmpty()) {
            return Optional.empty();
        }
        String value = header.get().strip();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                var at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return at.isAfter(now) ? Optional.of(Duration.between(now, at)) : Optional.empty();
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
