package org.proserv.support.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Optional;

/**
 * One row of an SLA report: the tickets submitted in the row's period (or sharing its trait) and what became of their
 * deadlines. A first answer is met when it came by its due time, breached when it did not (answered late or still
 * awaited past the due time, once the breach was recorded), pending otherwise. Later breaches are those of the answers
 * due after a reopening and of HotRush's next updates.
 *
 * @param key the category, the engineer's username, {@code hotrush} or {@code standard}; for a period the local date it
 *     starts on; null for tickets not classified or not assigned
 * @param from for a period, where it starts (null for other groupings)
 * @param to for a period, where it ends, exclusive
 */
public record SlaReportRow(
        String key,
        Instant from,
        Instant to,
        long tickets,
        long firstResponseMet,
        long firstResponseBreached,
        long laterBreaches,
        Long firstResponseMedianSeconds,
        Long firstResponseP90Seconds) {

    public long firstResponsePending() {
        return tickets - firstResponseMet - firstResponseBreached;
    }

    /** Breached first answers among those decided (met or breached), in percent with one decimal; none if none. */
    public Optional<BigDecimal> firstResponseBreachedPercent() {
        long decided = firstResponseMet + firstResponseBreached;
        if (decided == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(firstResponseBreached * 1000L)
                .divide(BigDecimal.valueOf(decided), 0, RoundingMode.HALF_UP)
                .movePointLeft(1));
    }
}
