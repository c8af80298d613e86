package org.proserv.projects.quotes;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import org.proserv.kernel.calendar.BusinessCalendar;
import org.proserv.kernel.config.ConfigDefaults;
import org.proserv.kernel.time.CalendarYears;

/**
 * The configurable numbers of quotes (docs/projects.md, Quotes).
 *
 * @param validity how long a quote version is valid after it is sent (2 months), in calendar months of the zone
 * @param zone the support calendar's zone, in which the validity is counted
 */
public record QuoteTerms(Period validity, ZoneId zone) {

    public QuoteTerms {
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("proserv.projects.quote-validity must be positive, not " + validity);
        }
    }

    public static QuoteTerms standard() {
        return new QuoteTerms(
                Period.parse(ConfigDefaults.visibleTo(QuoteTerms.class).value("proserv.projects.quote-validity")),
                BusinessCalendar.standard().zone());
    }

    /** The validity added to the local date-time of sending: sent on 31 December, valid until 28 February. */
    public Instant validUntil(Instant sentAt) {
        return CalendarYears.plus(sentAt, validity, zone);
    }
}
