package org.proserv.support.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.proserv.kernel.calendar.OpenHours;
import org.proserv.kernel.error.ProservException;

/** Opening hours of one date that replace its weekday's, in the calendar's zone. */
@Entity
@Table(name = "support_calendar_override")
public class HoursOverride {

    @Id
    @Column(name = "override_date")
    private LocalDate date;

    @Column(name = "opens_at", nullable = false, length = 5)
    private String opensAt;

    @Column(name = "closes_at", nullable = false, length = 5)
    private String closesAt;

    @Column(nullable = false, length = 200)
    private String name;

    protected HoursOverride() {}

    public HoursOverride(LocalDate date, String opensAt, String closesAt, String name) {
        this.date = date;
        change(opensAt, closesAt, name);
    }

    /** New hours; refused (400 naming the field) unless they form a span like 10:00-14:00. */
    public void change(String newOpensAt, String newClosesAt, String newName) {
        try {
            OpenHours.of(newOpensAt, newClosesAt);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw ProservException.invalid(
                    "closesAt",
                    "opensAt and closesAt must be HH:mm with opensAt before closesAt " + "(closing may be 24:00): "
                            + e.getMessage());
        }
        this.opensAt = newOpensAt;
        this.closesAt = newClosesAt;
        this.name = newName;
    }

    public OpenHours hours() {
        return OpenHours.of(opensAt, closesAt);
    }

    public LocalDate date() {
        return date;
    }

    public String name() {
        return name;
    }
}
