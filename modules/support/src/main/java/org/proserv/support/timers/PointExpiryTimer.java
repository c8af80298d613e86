package org.proserv.support.timers;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.proserv.support.points.PointsSweeps;

/** Expires lots of points past their expiry. Only delegates: the sweep is safe to run on every node at once. */
@Singleton
@DependsOn("SupportSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PointExpiryTimer {

    @EJB
    PointsSweeps sweeps;

    @Schedule(hour = "*", minute = "*/5", second = "45", persistent = false)
    void run() {
        sweeps.expireLots();
    }
}
