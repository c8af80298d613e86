package org.proserv.support.timers;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.proserv.support.points.PointsSweeps;

/**
 * Warns customers of lots about to expire, once per lot. Only delegates: the sweep is safe to run on every node at
 * once.
 */
@Singleton
@DependsOn("SupportSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExpiryWarningTimer {

    @EJB
    PointsSweeps sweeps;

    @Schedule(hour = "*", minute = "*/5", second = "50", persistent = false)
    void run() {
        sweeps.warnOfExpiry();
    }
}
