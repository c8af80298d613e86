package org.proserv.support.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.proserv.kernel.error.FieldError;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;

/** A subscription covers [startsAt, endsAt): the start instant included, the end instant excluded. */
class SubscriptionTest {

    private static final Instant STARTS = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant ENDS = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    private final Subscription subscription = new Subscription(7L, STARTS, ENDS, STARTS.minus(Duration.ofDays(3)));

    @Test
    void isActiveFromItsFirstInstant() {
        assertFalse(subscription.activeAt(STARTS.minus(ONE_SECOND)));
        assertTrue(subscription.activeAt(STARTS));
    }

    @Test
    void isActiveUntilJustBeforeItsEnd() {
        assertTrue(subscription.activeAt(ENDS.minus(ONE_SECOND)));
        assertFalse(subscription.activeAt(ENDS));
        assertFalse(subscription.activeAt(ENDS.plus(Duration.ofDays(1))));
    }

    @ParameterizedTest(name = "ends {0}s after it starts")
    @ValueSource(longs = {0, -1, -86_400})
    void anEndNotAfterTheStartIsRejectedAsInvalidInput(long endOffsetSeconds) {
        Instant endsAt = STARTS.plusSeconds(endOffsetSeconds);

        ProservException e = assertThrows(ProservException.class, () -> new Subscription(7L, STARTS, endsAt, STARTS));

        assertEquals(ProblemCategory.VALIDATION, e.category());
        assertEquals(
                List.of("endsAt"),
                e.fieldErrors().stream().map(FieldError::field).toList());
    }

    @Test
    void theShortestPossibleSubscriptionIsOneInstantLong() {
        Subscription oneSecond = new Subscription(7L, STARTS, STARTS.plus(ONE_SECOND), STARTS);

        assertTrue(oneSecond.activeAt(STARTS));
        assertFalse(oneSecond.activeAt(STARTS.plus(ONE_SECOND)));
    }
}
