package org.proserv.support.calendar;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.proserv.kernel.calendar.BusinessCalendar;
import org.proserv.kernel.calendar.OpenHours;

/**
 * The support desk's calendar: zone and weekly hours from configuration, holidays and per-date opening hours from the
 * database (administrators manage them through the API).
 */
@Stateless
public class SupportCalendar {

    @PersistenceContext(unitName = "support")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "proserv.calendar.zone")
    String zone;

    /** Seven spans, Monday first, each "HH:mm-HH:mm" or "closed". */
    @Inject
    @ConfigProperty(name = "proserv.calendar.weekly-hours")
    List<String> weeklyHours;

    /** The desk's zone: its days, weeks and months are those reports count by. */
    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    public BusinessCalendar current() {
        var holidays = new TreeSet<LocalDate>();
        holidays().forEach(h -> holidays.add(h.date()));
        var overrides = new TreeMap<LocalDate, OpenHours>();
        overrides().forEach(o -> overrides.put(o.date(), o.hours()));
        return new BusinessCalendar(ZoneId.of(zone), BusinessCalendar.week(weeklyHours), holidays, overrides);
    }

    public List<HoursOverride> overrides() {
        return em.createQuery("select o from HoursOverride o order by o.date", HoursOverride.class)
                .getResultList();
    }

    /** Sets (or changes) one date's own opening hours. */
    public HoursOverride putOverride(LocalDate date, String opensAt, String closesAt, String name) {
        var existing = em.find(HoursOverride.class, date);
        if (existing != null) {
            existing.change(opensAt, closesAt, name);
            return existing;
        }
        var override = new HoursOverride(date, opensAt, closesAt, name);
        em.persist(override);
        return override;
    }

    /** Gives a date its weekday's hours back; true if it had its own. */
    public boolean removeOverride(LocalDate date) {
        var existing = em.find(HoursOverride.class, date);
        if (existing == null) {
            return false;
        }
        em.remove(existing);
        return true;
    }

    public List<Holiday> holidays() {
        return em.createQuery("select h from Holiday h order by h.date", Holiday.class)
                .getResultList();
    }

    /** Adds or renames a holiday; putting the same date twice leaves one. */
    public Holiday putHoliday(LocalDate date, String name) {
        var existing = em.find(Holiday.class, date);
        if (existing != null) {
            existing.rename(name);
            return existing;
        }
        var holiday = new Holiday(date, name);
        em.persist(holiday);
        return holiday;
    }

    /** Removes a holiday; true if there was one. */
    public boolean removeHoliday(LocalDate date) {
        var existing = em.find(Holiday.class, date);
        if (existing == null) {
            return false;
        }
        em.remove(existing);
        return true;
    }
}
