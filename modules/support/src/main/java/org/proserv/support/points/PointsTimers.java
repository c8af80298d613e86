package org.proserv.support.points;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Expires lots and warns of coming expiry on every node; the sweeps make running everywhere safe. */
@Singleton
@DependsOn("SupportSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PointsTimers {

    @EJB
    PointsSweeps sweeps;

    @Schedule(hour = "*", minute = "*/5", second = "45", persistent = false)
    void expireAndWarn() {
        sweeps.expireLots();
        sweeps.warnOfExpiry();
    }
}
