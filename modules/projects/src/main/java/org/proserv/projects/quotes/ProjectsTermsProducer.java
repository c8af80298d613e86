package org.proserv.projects.quotes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Period;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.proserv.kernel.money.Money;
import org.proserv.projects.billing.BillingTerms;

/** Reads the quote and billing terms from configuration; see server-config/CONFIGURATION.md. */
@ApplicationScoped
public class ProjectsTermsProducer {

    @Inject
    @ConfigProperty(name = "proserv.projects.quote-validity")
    String quoteValidity;

    @Inject
    @ConfigProperty(name = "proserv.projects.single-payment-limit")
    String singlePaymentLimit;

    @Inject
    @ConfigProperty(name = "proserv.calendar.zone")
    String calendarZone;

    @Produces
    QuoteTerms quoteTerms() {
        return new QuoteTerms(Period.parse(quoteValidity), ZoneId.of(calendarZone));
    }

    @Produces
    BillingTerms billingTerms() {
        return new BillingTerms(Money.parse(singlePaymentLimit));
    }
}
