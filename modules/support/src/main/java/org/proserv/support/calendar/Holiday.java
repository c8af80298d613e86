package org.proserv.support.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A whole date on which the support desk is closed, in the calendar's zone. */
@Entity
@Table(name = "support_holiday")
public class Holiday {

    @Id
    @Column(name = "holiday_date")
    private LocalDate date;

    @Column(nullable = false, length = 200)
    private String name;

    protected Holiday() {}

    public Holiday(LocalDate date, String name) {
        this.date = date;
        this.name = name;
    }

    public LocalDate date() {
        return date;
    }

    public String name() {
        return name;
    }

    public void rename(String newName) {
        this.name = newName;
    }
}
