package org.proserv.kernel.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.proserv.kernel.config.ConfigDefaults;

/**
 * Business hours in one time zone: open hours per weekday, whole closed dates (holidays) and per-date replacement hours
 * (overrides). Immutable and thread-safe.
 *
 * <p>Precedence for a date: a holiday closes it whatever else is set; otherwise an override replaces the weekday's
 * hours; otherwise the weekday's hours apply.
 *
 * <p>A date's open span runs from its local opening to its local closing, resolved in the zone like
 * {@link ZonedDateTime#ofLocal}: its length is the elapsed time between those two instants, so a 00:00-24:00 day lasts
 * 23 or 25 hours on a DST switch. A local time that falls in a DST gap is moved forward by the length of the gap; in an
 * overlap the earlier instant is used.
 *
 * <p>Cost: {@link #due} and {@link #businessTime} skip whole weeks using the weekly open total and correct only for the
 * holidays, overrides and offset transitions inside the skipped range, so their cost grows with the number of weeks and
 * exceptions crossed, never with the hours.
 */
public final class BusinessCalendar {

    /** The configuration key of the zone business rules are evaluated in. */
    private static final String ZONE_KEY = "proserv.calendar.zone";
    /** The configuration key of the weekly hours. */
    private static final String WEEKLY_HOURS_KEY = "proserv.calendar.weekly-hours";

    private static final int SECONDS_PER_DAY = 86_400;
    private static final int DAYS_PER_WEEK = 7;

    private final ZoneId zone;
    private final ZoneRules rules;
    /** The zone's only offset, or {@code null} when the zone has offset transitions. */
    private final ZoneOffset fixedOffset;
    /** Indexed by {@link DayOfWeek#ordinal()}. */
    private final OpenHours[] weekly;

    private final long weeklyOpenSeconds;
    private final NavigableSet<LocalDate> holidays;
    private final NavigableMap<LocalDate, OpenHours> overrides;

    /**
     * @param weekly open hours per weekday; a missing weekday is closed
     * @param holidays dates closed all day
     * @param overrides dates whose hours replace the weekday's
     * @throws IllegalArgumentException when no weekday has open hours, since no due instant could ever be found
     */
    public BusinessCalendar(
            ZoneId zone,
            Map<DayOfWeek, OpenHours> weekly,
            Set<LocalDate> holidays,
            Map<LocalDate, OpenHours> overrides) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.rules = zone.getRules();
        this.fixedOffset = rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH) : null;
        this.weekly = weekArray(Objects.requireNonNull(weekly, "weekly"));
        this.weeklyOpenSeconds =
                Arrays.stream(this.weekly).mapToLong(OpenHours::seconds).sum();
        if (weeklyOpenSeconds == 0) {
            throw new IllegalArgumentException("a business calendar needs open hours on at least one weekday");
        }
        this.holidays =
                Collections.unmodifiableNavigableSet(new TreeSet<>(Objects.requireNonNull(holidays, "holidays")));
        TreeMap<LocalDate, OpenHours> sortedOverrides = new TreeMap<>(Objects.requireNonNull(overrides, "overrides"));
        sortedOverrides.values().forEach(hours -> Objects.requireNonNull(hours, "override hours"));
        this.overrides = Collections.unmodifiableNavigableMap(sortedOverrides);
    }

    /**
     * The calendar configured by default ({@code proserv.calendar.zone} and {@code proserv.calendar.weekly-hours} in
     * the kernel's configuration defaults), with no holidays.
     */
    public static BusinessCalendar standard() {
        ConfigDefaults defaults = ConfigDefaults.visibleTo(BusinessCalendar.class);
        return new BusinessCalendar(
                ZoneId.of(defaults.value(ZONE_KEY)),
                week(Arrays.asList(defaults.value(WEEKLY_HOURS_KEY).split(","))),
                Set.of(),
                Map.of());
    }

    /**
     * Weekly hours as configured ({@code proserv.calendar.weekly-hours}): seven spans, Monday first, each as
     * {@link OpenHours#ofSpan} reads it.
     */
    public static Map<DayOfWeek, OpenHours> week(List<String> spans) {
        if (spans.size() != DAYS_PER_WEEK) {
            throw new IllegalStateException(WEEKLY_HOURS_KEY + " needs 7 spans, Monday first, not " + spans);
        }
        Map<DayOfWeek, OpenHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, OpenHours.ofSpan(spans.get(day.ordinal()).trim()));
        }
        return week;
    }

    private static OpenHours[] weekArray(Map<DayOfWeek, OpenHours> weekly) {
        OpenHours[] week = new OpenHours[DAYS_PER_WEEK];
        for (DayOfWeek day : DayOfWeek.values()) {
            week[day.ordinal()] = weekly.getOrDefault(day, OpenHours.CLOSED);
            Objects.requireNonNull(week[day.ordinal()], "hours of " + day);
        }
        return week;
    }

    // ---------------------------------------------------------------- accessors and copies

    public ZoneId zone() {
        return zone;
    }

    /** All seven weekdays, Monday to Sunday; a closed weekday maps to {@link OpenHours#CLOSED}. */
    public Map<DayOfWeek, OpenHours> weeklyHours() {
        Map<DayOfWeek, OpenHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, weekly[day.ordinal()]);
        }
        return Collections.unmodifiableMap(week);
    }

    /** Sorted, unmodifiable. */
    public NavigableSet<LocalDate> holidays() {
        return holidays;
    }

    /** Sorted by date, unmodifiable. */
    public NavigableMap<LocalDate, OpenHours> overrides() {
        return overrides;
    }

    /** The hours that apply on {@code date} after holidays and overrides. */
    public OpenHours hoursOn(LocalDate date) {
        if (holidays.contains(date)) {
            return OpenHours.CLOSED;
        }
        OpenHours override = overrides.get(date);
        return override != null ? override : weekly[date.getDayOfWeek().ordinal()];
    }

    public BusinessCalendar withHoliday(LocalDate date) {
        Set<LocalDate> changed = new TreeSet<>(holidays);
        changed.add(Objects.requireNonNull(date, "date"));
        return new BusinessCalendar(zone, weeklyHours(), changed, overrides);
    }

    public BusinessCalendar withoutHoliday(LocalDate date) {
        Set<LocalDate> changed = new TreeSet<>(holidays);
        changed.remove(date);
        return new BusinessCalendar(zone, weeklyHours(), changed, overrides);
    }

    public BusinessCalendar withOverride(LocalDate date, OpenHours hours) {
        Map<LocalDate, OpenHours> changed = new TreeMap<>(overrides);
        changed.put(Objects.requireNonNull(date, "date"), Objects.requireNonNull(hours, "hours"));
        return new BusinessCalendar(zone, weeklyHours(), holidays, changed);
    }

    public BusinessCalendar withoutOverride(LocalDate date) {
        Map<LocalDate, OpenHours> changed = new TreeMap<>(overrides);
        changed.remove(date);
        return new BusinessCalendar(zone, weeklyHours(), holidays, changed);
    }

    // ---------------------------------------------------------------- queries

    /** Whether {@code t} lies inside an open span (openings included, closings excluded). */
    public boolean isOpen(Instant t) {
        Objects.requireNonNull(t, "t");
        LocalDate date = localDate(t);
        return contains(span(date.minusDays(1)), t) || contains(span(date), t);
    }

    /** {@code t} itself when open, otherwise the next opening after it. */
    public Instant nextOpening(Instant t) {
        Objects.requireNonNull(t, "t");
        for (LocalDate date = localDate(t).minusDays(1); ; date = date.plusDays(1)) {
            Span span = span(date);
            if (span != null && t.getEpochSecond() < span.close()) {
                return span.open() > t.getEpochSecond() ? Instant.ofEpochSecond(span.open()) : t;
            }
        }
    }

    /**
     * The instant at which {@code businessDuration} of open time has elapsed, counting from {@code start} (or from the
     * next opening when {@code start} is closed).
     *
     * <p>When the open time runs out exactly at a closing, the due instant is the next opening, not the closing: a
     * deadline is always an instant at which someone is there to meet it. Formally it is the earliest open instant
     * {@code t >= start} with {@code businessTime(start, t) >= businessDuration}; a zero duration gives
     * {@code nextOpening(start)}.
     *
     * @throws IllegalArgumentException when {@code businessDuration} is negative
     */
    public Instant due(Instant start, Duration businessDuration) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(businessDuration, "businessDuration");
        if (businessDuration.isNegative()) {
            throw new IllegalArgumentException("business duration must not be negative: " + businessDuration);
        }
        return nextOpening(reach(start, businessDuration));
    }

    /**
     * Open time between {@code from} and {@code to}.
     *
     * @throws IllegalArgumentException when {@code from} is after {@code to}
     */
    public Duration businessTime(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        // Start a date early: a closing inside a DST gap near midnight resolves past the date's end.
        LocalDate first = localDate(from).minusDays(1);
        LocalDate last = localDate(to);
        if (ChronoUnit.DAYS.between(first, last) < 4) {
            return clippedOpenTime(first, last, from, to);
        }
        // Dates strictly between the two edge pairs lie wholly inside [from, to).
        Duration edges = clippedOpenTime(first, first.plusDays(1), from, to)
                .plus(clippedOpenTime(last.minusDays(1), last, from, to));
        return edges.plusSeconds(openSeconds(first.plusDays(2), last.minusDays(1)));
    }

    // ---------------------------------------------------------------- due: reaching the amount

    /** The earliest instant at which {@code amount} of open time has elapsed since {@code start}. */
    private Instant reach(Instant start, Duration amount) {
        if (amount.isZero()) {
            return start;
        }
        LocalDate startDate = localDate(start);
        LocalDate previous = startDate.minusDays(1);
        Duration head = clippedOpenTime(previous, startDate, start, Instant.MAX);
        if (head.compareTo(amount) >= 0) {
            return walk(previous, start, amount);
        }
        Progress skipped = skipWholeWeeks(startDate.plusDays(1), amount.minus(head));
        return walk(skipped.date(), start, skipped.left());
    }

    /**
     * Skips as many whole weeks from {@code date} as can be spent while leaving some time over, so that the final day
     * walk covers at most about two weeks. The first guess assumes the nominal weekly total; when overrides add hours
     * and the guess overshoots, it is halved.
     */
    private Progress skipWholeWeeks(LocalDate date, Duration left) {
        while (true) {
            long weeks = left.getSeconds() / weeklyOpenSeconds - 1;
            long open = 0;
            while (weeks > 0 && (open = openSeconds(date, date.plusWeeks(weeks))) >= left.getSeconds()) {
                weeks /= 2;
            }
            if (weeks <= 0) {
                return new Progress(date, left);
            }
            left = left.minusSeconds(open);
            date = date.plusWeeks(weeks);
        }
    }

    /**
     * Walks day by day from {@code date}, counting open time after {@code from}, until {@code left} is spent. Ends
     * because every week has open hours and exceptions are finite.
     */
    private Instant walk(LocalDate date, Instant from, Duration left) {
        for (; ; date = date.plusDays(1)) {
            Duration available = clippedOpenTime(date, from, Instant.MAX);
            if (available.isZero()) {
                continue;
            }
            if (left.compareTo(available) <= 0) {
                return later(Instant.ofEpochSecond(span(date).open()), from).plus(left);
            }
            left = left.minus(available);
        }
    }

    private record Progress(LocalDate date, Duration left) {}

    // ---------------------------------------------------------------- open time over dates

    /** Open time of dates {@code first..last} (inclusive) that lies within {@code [from, to)}. */
    private Duration clippedOpenTime(LocalDate first, LocalDate last, Instant from, Instant to) {
        Duration total = Duration.ZERO;
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            total = total.plus(clippedOpenTime(date, from, to));
        }
        return total;
    }

    private Duration clippedOpenTime(LocalDate date, Instant from, Instant to) {
        Span span = span(date);
        if (span == null) {
            return Duration.ZERO;
        }
        Instant begin = later(Instant.ofEpochSecond(span.open()), from);
        Instant end = earlier(Instant.ofEpochSecond(span.close()), to);
        return begin.isBefore(end) ? Duration.between(begin, end) : Duration.ZERO;
    }

    /**
     * Open seconds of the whole dates {@code [from, to)}: the nominal weekly pattern, corrected by each date whose
     * elapsed open time differs from its weekday's nominal hours.
     */
    private long openSeconds(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        long seconds = days / DAYS_PER_WEEK * weeklyOpenSeconds;
        for (LocalDate date = from.plusDays(days - days % DAYS_PER_WEEK); date.isBefore(to); date = date.plusDays(1)) {
            seconds += nominalSeconds(date);
        }
        return seconds + exceptionCorrection(from, to);
    }

    /**
     * Sum over {@code [from, to)} of (elapsed open seconds - nominal weekday seconds). Only holidays, overrides and
     * dates touched by an offset transition can differ, so only those are visited; each date is counted once.
     */
    private long exceptionCorrection(LocalDate from, LocalDate to) {
        long correction = 0;
        for (LocalDate holiday : holidays.subSet(from, true, to, false)) {
            correction -= nominalSeconds(holiday);
        }
        for (LocalDate date : overrides.subMap(from, true, to, false).keySet()) {
            if (!holidays.contains(date)) {
                correction += elapsedOpenSeconds(date) - nominalSeconds(date);
            }
        }
        for (LocalDate date : transitionDates(from, to)) {
            if (!holidays.contains(date) && !overrides.containsKey(date)) {
                correction += elapsedOpenSeconds(date) - nominalSeconds(date);
            }
        }
        return correction;
    }

    /**
     * Dates in {@code [from, to)} whose span may be changed by an offset transition: the local dates on both sides of
     * each transition, plus the day before, since a closing at 24:00 is resolved on the following date. Listing a date
     * whose span is unchanged is harmless.
     */
    private NavigableSet<LocalDate> transitionDates(LocalDate from, LocalDate to) {
        NavigableSet<LocalDate> dates = new TreeSet<>();
        if (fixedOffset != null) {
            return dates;
        }
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        ZoneOffsetTransition transition =
                rules.nextTransition(from.minusDays(2).atStartOfDay(zone).toInstant());
        while (transition != null && transition.getInstant().isBefore(end)) {
            LocalDate before = transition.getDateTimeBefore().toLocalDate();
            LocalDate after = transition.getDateTimeAfter().toLocalDate();
            LocalDate earliest = before.isBefore(after) ? before : after;
            LocalDate latest = before.isBefore(after) ? after : before;
            for (LocalDate date = earliest.minusDays(1); !date.isAfter(latest); date = date.plusDays(1)) {
                if (!date.isBefore(from) && date.isBefore(to)) {
                    dates.add(date);
                }
            }
            transition = rules.nextTransition(transition.getInstant());
        }
        return dates;
    }

    private long nominalSeconds(LocalDate date) {
        return weekly[date.getDayOfWeek().ordinal()].seconds();
    }

    private long elapsedOpenSeconds(LocalDate date) {
        Span span = span(date);
        return span == null ? 0 : span.close() - span.open();
    }

    // ---------------------------------------------------------------- spans in the zone

    /** Open span of a date in epoch seconds, {@code [open, close)}. */
    private record Span(long open, long close) {}

    /** The date's open span, or {@code null} when it has none (closed, or emptied by a DST gap). */
    private Span span(LocalDate date) {
        OpenHours hours = hoursOn(date);
        if (hours.isClosed()) {
            return null;
        }
        long open = epochSecond(date, hours.opensAt());
        long close = epochSecond(date, hours.closesAt());
        return open < close ? new Span(open, close) : null;
    }

    private long epochSecond(LocalDate date, int secondOfDay) {
        if (fixedOffset != null) {
            return date.toEpochDay() * SECONDS_PER_DAY + secondOfDay - fixedOffset.getTotalSeconds();
        }
        return ZonedDateTime.ofLocal(date.atStartOfDay().plusSeconds(secondOfDay), zone, null)
                .toEpochSecond();
    }

    private LocalDate localDate(Instant t) {
        if (fixedOffset != null) {
            return LocalDate.ofEpochDay(
                    Math.floorDiv(t.getEpochSecond() + fixedOffset.getTotalSeconds(), SECONDS_PER_DAY));
        }
        return LocalDate.ofInstant(t, zone);
    }

    private static boolean contains(Span span, Instant t) {
        return span != null && span.open() <= t.getEpochSecond() && t.getEpochSecond() < span.close();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    // ---------------------------------------------------------------- value semantics

    @Override
    public boolean equals(Object other) {
        return other instanceof BusinessCalendar that
                && zone.equals(that.zone)
                && Arrays.equals(weekly, that.weekly)
                && holidays.equals(that.holidays)
                && overrides.equals(that.overrides);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, Arrays.hashCode(weekly), holidays, overrides);
    }

    @Override
    public String toString() {
        return "BusinessCalendar[zone=" + zone + ", weekly=" + weeklyHours() + ", holidays=" + holidays + ", overrides="
                + overrides + "]";
    }
}
