package org.proserv.rest.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proserv.kernel.calendar.BusinessCalendar;
import org.proserv.kernel.error.ProservException;
import org.proserv.rest.Params;
import org.proserv.rest.Roles;
import org.proserv.support.calendar.Holiday;
import org.proserv.support.calendar.HoursOverride;
import org.proserv.support.calendar.SupportCalendar;

@Path("calendar")
@RequestScoped
@Tag(name = "Support calendar", description = "Business hours, holidays and business-time arithmetic")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    /** The longest duration the arithmetic answers for; longer asks are surely mistakes. */
    static final Duration MAX_DURATION = Duration.ofHours(100_000);

    public record HolidayView(LocalDate date, String name) {
        static HolidayView of(Holiday h) {
            return new HolidayView(h.date(), h.name());
        }
    }

    public record OverrideView(LocalDate date, String hours, String name) {
        static OverrideView of(HoursOverride o) {
            return new OverrideView(o.date(), o.hours().toString(), o.name());
        }
    }

    public record CalendarView(
            String zone,
            Map<DayOfWeek, String> weeklyHours,
            List<HolidayView> holidays,
            List<OverrideView> overrides) {}

    public static class OverrideRequest {
        @NotBlank
        @Pattern(regexp = "\\d{2}:\\d{2}", message = "must be HH:mm")
        public String opensAt;

        @NotBlank
        @Pattern(regexp = "\\d{2}:\\d{2}", message = "must be HH:mm")
        public String closesAt;

        @NotBlank
        @Size(max = 200)
        public String name;
    }

    public record DueView(Instant start, Duration duration, Instant due) {}

    public record BusinessTimeView(Instant from, Instant to, Duration businessTime) {}

    public static class HolidayRequest {
        @NotBlank
        @Size(max = 200)
        public String name;
    }

    @EJB
    SupportCalendar calendar;

    @GET
    @PermitAll
    @Operation(summary = "The support calendar: zone, weekly open hours, holidays", description = "Public.")
    public CalendarView get() {
        BusinessCalendar current = calendar.current();
        var weekly = new LinkedHashMap<DayOfWeek, String>();
        current.weeklyHours().forEach((day, hours) -> weekly.put(day, hours.isClosed() ? "closed" : hours.toString()));
        return new CalendarView(
                current.zone().getId(),
                weekly,
                calendar.holidays().stream().map(HolidayView::of).toList(),
                calendar.overrides().stream().map(OverrideView::of).toList());
    }

    @GET
    @Path("due")
    @PermitAll
    @Operation(
            summary = "When a business duration counted from an instant runs out",
            description = "Public. Counting starts at the next opening when start is outside open hours; "
                    + "a duration running out exactly at a closing time is due at the next opening.")
    public DueView due(@QueryParam("start") String start, @QueryParam("duration") String duration) {
        Instant from = Params.instant("start", start);
        Duration length = boundedDuration("duration", duration);
        return new DueView(from, length, calendar.current().due(from, length));
    }

    @GET
    @Path("business-time")
    @PermitAll
    @Operation(summary = "The open time between two instants", description = "Public.")
    public BusinessTimeView businessTime(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant start = Params.instant("from", from);
        Instant end = Params.instant("to", to);
        if (end.isBefore(start)) {
            throw ProservException.invalid("to", "must not be before from");
        }
        if (Duration.between(start, end).compareTo(MAX_DURATION) > 0) {
            throw ProservException.invalid("to", "must be at most " + MAX_DURATION + " after from");
        }
        return new BusinessTimeView(start, end, calendar.current().businessTime(start, end));
    }

    @PUT
    @Path("holidays/{date}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Add (or rename) a holiday: a whole closed date", description = "Roles: admin.")
    public HolidayView putHoliday(@PathParam("date") String date, @NotNull @Valid HolidayRequest request) {
        return HolidayView.of(calendar.putHoliday(Params.date("date", date), request.name.trim()));
    }

    @DELETE
    @Path("holidays/{date}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Remove a holiday", description = "Roles: admin. 404 when the date is no holiday.")
    public void deleteHoliday(@PathParam("date") String date) {
        LocalDate day = Params.date("date", date);
        if (!calendar.removeHoliday(day)) {
            throw ProservException.notFound("Holiday", day);
        }
    }

    @PUT
    @Path("overrides/{date}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(
            summary = "Give one date its own opening hours (e.g. a short day), replacing its weekday's",
            description = "Roles: admin. A holiday on the same date still closes it.")
    public OverrideView putOverride(@PathParam("date") String date, @NotNull @Valid OverrideRequest request) {
        return OverrideView.of(calendar.putOverride(
                Params.date("date", date), request.opensAt, request.closesAt, request.name.trim()));
    }

    @DELETE
    @Path("overrides/{date}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Give a date its weekday's hours back", description = "Roles: admin. 404 when it had none.")
    public void deleteOverride(@PathParam("date") String date) {
        LocalDate day = Params.date("date", date);
        if (!calendar.removeOverride(day)) {
            throw ProservException.notFound("Hours override", day);
        }
    }

    private static Duration boundedDuration(String name, String value) {
        Duration length = Params.duration(name, value);
        if (length.isNegative()) {
            throw ProservException.invalid(name, "must not be negative");
        }
        if (length.compareTo(MAX_DURATION) > 0) {
            throw ProservException.invalid(name, "must be at most " + MAX_DURATION);
        }
        return length;
    }
}
