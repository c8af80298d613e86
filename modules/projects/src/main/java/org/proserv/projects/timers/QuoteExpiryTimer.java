package org.proserv.projects.timers;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.proserv.projects.quotes.QuoteSweeps;

/** Marks expired quotes and tells their customers. Only delegates: the sweep is safe to run on every node at once. */
@Singleton
@DependsOn("ProjectsSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class QuoteExpiryTimer {

    @EJB
    QuoteSweeps sweeps;

    @Schedule(hour = "*", minute = "*/5", second = "30", persistent = false)
    void run() {
        sweeps.expireQuotes();
    }
}
