package org.proserv.support.tickets;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Runs the support sweeps every minute on every node. Non-persistent on purpose: a persistent timer
 * belongs to the node that created it and dies with it, while the sweeps are safe to run anywhere,
 * at once, and catch up by themselves.
 */
@Singleton
@DependsOn("SupportSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SupportTimers {

    @EJB
    SupportSweeps sweeps;

    @Schedule(hour = "*", minute = "*", second = "15", persistent = false)
    void flagBreaches() {
        sweeps.flagBreaches();
    }

    @Schedule(hour = "*", minute = "*/5", second = "30", persistent = false)
    void closeSilentTickets() {
        sweeps.preClose();
        sweeps.autoClose();
    }
}
