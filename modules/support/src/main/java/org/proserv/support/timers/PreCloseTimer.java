package org.proserv.support.timers;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.proserv.support.tickets.SupportSweeps;

/**
 * Pre-closes answered tickets whose customer stayed silent. Only delegates: the sweep is safe to run on every node at
 * once.
 */
@Singleton
@DependsOn("SupportSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PreCloseTimer {

    @EJB
    SupportSweeps sweeps;

    @Schedule(hour = "*", minute = "*/5", second = "30", persistent = false)
    void run() {
        sweeps.preClose();
    }
}
