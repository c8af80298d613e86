package org.proserv.support.timers;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.proserv.support.tickets.SupportSweeps;

/**
 * Records each staff answer that became overdue, once. Only delegates: the sweep is safe to run on every node at once.
 */
@Singleton
@DependsOn("SupportSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SlaBreachTimer {

    @EJB
    SupportSweeps sweeps;

    @Schedule(hour = "*", minute = "*", second = "15", persistent = false)
    void run() {
        sweeps.flagBreaches();
    }
}
