package org.proserv.kernel.calendar;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * The open span of one day, as local seconds-of-day {@code [opensAt, closesAt)}.
 *
 * <p>{@code closesAt} may be {@value #END_OF_DAY} ("24:00"), so a day can stay open up to midnight without the span
 * spilling into the next date. {@link #CLOSED} ({@code 0, 0}) is the one empty value; any other value must satisfy
 * {@code 0 <= opensAt < closesAt <= 86400}.
 */
public record OpenHours(int opensAt, int closesAt) {

    /** Seconds in a day: the value of "24:00", which is allowed only as a closing time. */
    public static final int END_OF_DAY = 86_400;

    /** A day without open hours. */
    public static final OpenHours CLOSED = new OpenHours(0, 0);

    private static final String MIDNIGHT_AS_CLOSING = "24:00";

    public OpenHours {
        boolean closed = opensAt == 0 && closesAt == 0;
        if (!closed && (opensAt < 0 || closesAt > END_OF_DAY || opensAt >= closesAt)) {
            throw new IllegalArgumentException("open hours need 0 <= opensAt < closesAt <= " + END_OF_DAY
                    + " seconds, got " + opensAt + ".." + closesAt);
        }
    }

    /**
     * Parses local times such as {@code of("08:00", "24:00")}. Accepts {@code HH:mm} and {@code HH:mm:ss}; "24:00" is
     * accepted only as the closing time.
     */
    public static OpenHours of(String opensAt, String closesAt) {
        int opens = parse(opensAt);
        if (opens == END_OF_DAY) {
            throw new IllegalArgumentException("24:00 is allowed only as a closing time");
        }
        return new OpenHours(opens, parse(closesAt));
    }

    /** Reads what {@link #toString} writes: {@code "08:00-24:00"}, or {@code "closed"} in any case. */
    public static OpenHours ofSpan(String span) {
        if (span.equalsIgnoreCase("closed")) {
            return CLOSED;
        }
        String[] ends = span.split("-");
        if (ends.length != 2) {
            throw new IllegalArgumentException("open hours are HH:mm-HH:mm or closed, got " + span);
        }
        return of(ends[0], ends[1]);
    }

    /** Same as {@link #CLOSED}. */
    public static OpenHours closed() {
        return CLOSED;
    }

    public boolean isClosed() {
        return opensAt == closesAt;
    }

    /** Nominal open length in seconds; the elapsed length differs on a day with a DST switch. */
    public int seconds() {
        return closesAt - opensAt;
    }

    /** {@code "08:00-24:00"}, or {@code "closed"}. */
    @Override
    public String toString() {
        return isClosed() ? "closed" : format(opensAt) + "-" + format(closesAt);
    }

    private static int parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a time of day is required");
        }
        if (text.equals(MIDNIGHT_AS_CLOSING) || text.equals(MIDNIGHT_AS_CLOSING + ":00")) {
            return END_OF_DAY;
        }
        try {
            LocalTime time = LocalTime.parse(text);
            if (time.getNano() != 0) {
                throw new IllegalArgumentException("open hours are whole seconds, got " + text);
            }
            return time.toSecondOfDay();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a time of day (HH:mm or HH:mm:ss): " + text, e);
        }
    }

    private static String format(int secondOfDay) {
        int hours = secondOfDay / 3600;
        int minutes = secondOfDay / 60 % 60;
        int seconds = secondOfDay % 60;
        return seconds == 0
                ? String.format("%02d:%02d", hours, minutes)
                : String.format("%02d:%02d:%02d", hours, minutes, seconds);
    }
}
