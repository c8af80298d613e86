package org.proserv.kernel.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenHoursTest {

    @Test
    void parsesLocalTimesIntoSecondsOfDay() {
        OpenHours hours = OpenHours.of("08:00", "24:00");

        assertEquals(8 * 3600, hours.opensAt());
        assertEquals(86_400, hours.closesAt());
        assertEquals(16 * 3600, hours.seconds());
        assertFalse(hours.isClosed());
    }

    @Test
    void printsAsTimeRange() {
        assertEquals("08:00-24:00", OpenHours.of("08:00", "24:00").toString());
        assertEquals("10:00-18:00", OpenHours.of("10:00", "18:00").toString());
        assertEquals("00:00-12:30:15", OpenHours.of("00:00", "12:30:15").toString());
        assertEquals("closed", OpenHours.CLOSED.toString());
    }

    @Test
    void readsWhatItPrints() {
        for (OpenHours hours :
                new OpenHours[] {OpenHours.of("08:00", "24:00"), OpenHours.of("00:00", "12:30:15"), OpenHours.CLOSED}) {
            assertEquals(hours, OpenHours.ofSpan(hours.toString()));
        }
        assertSame(OpenHours.CLOSED, OpenHours.ofSpan("Closed"));
        assertThrows(IllegalArgumentException.class, () -> OpenHours.ofSpan("08:00"));
        assertThrows(IllegalArgumentException.class, () -> OpenHours.ofSpan("24:00-08:00"));
    }

    @Test
    void closedHasNoOpenTime() {
        assertSame(OpenHours.CLOSED, OpenHours.closed());
        assertTrue(OpenHours.CLOSED.isClosed());
        assertEquals(0, OpenHours.CLOSED.seconds());
    }

    @Test
    void isAValue() {
        assertEquals(OpenHours.of("08:00", "18:00"), new OpenHours(8 * 3600, 18 * 3600));
    }

    @ParameterizedTest
    @CsvSource({
        "24:00, 24:00", // midnight is a closing only
        "24:00, 08:00",
        "18:00, 08:00", // must open before it closes
        "08:00, 08:00",
        "8:00, 18:00", // not HH:mm
        "08:00, 25:00",
        "08:00, noon",
        "08:00, 18:00:00.5"
    })
    void rejectsInvalidRanges(String opens, String closes) {
        assertThrows(IllegalArgumentException.class, () -> OpenHours.of(opens, closes));
    }

    @Test
    void rejectsOutOfDaySeconds() {
        assertThrows(IllegalArgumentException.class, () -> new OpenHours(-1, 3600));
        assertThrows(IllegalArgumentException.class, () -> new OpenHours(0, 86_401));
        assertThrows(IllegalArgumentException.class, () -> new OpenHours(86_400, 86_400));
        assertThrows(IllegalArgumentException.class, () -> OpenHours.of(null, "18:00"));
    }
}
