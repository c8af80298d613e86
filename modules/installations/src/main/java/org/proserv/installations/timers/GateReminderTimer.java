package org.proserv.installations.timers;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.proserv.installations.upgrades.UpgradeSweeps;

/** Reminds customers waiting at an upgrade gate. Only delegates: the sweep is safe to run on every node at once. */
@Singleton
@DependsOn("InstallationsSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GateReminderTimer {

    @EJB
    UpgradeSweeps sweeps;

    @Schedule(hour = "*", minute = "*/5", second = "40", persistent = false)
    void run() {
        sweeps.remindAtGates();
    }
}
