package org.proserv.support.timers;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.proserv.support.tickets.SupportSweeps;

/**
 * Closes pre-closed tickets whose grace period ran out. Only delegates: the sweep is safe to run on every node at once.
 */
@Singleton
@DependsOn("SupportSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AutoCloseTimer {

    @EJB
    SupportSweeps sweeps;

    @Schedule(hour = "*", minute = "*/5", second = "40", persistent = false)
    void run() {
        sweeps.autoClose();
    }
}
