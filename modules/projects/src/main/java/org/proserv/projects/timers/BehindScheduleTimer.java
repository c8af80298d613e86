package org.proserv.projects.timers;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.proserv.projects.tasks.TaskSweeps;

/**
 * Tells the customer and the director when a task falls behind schedule. Only delegates: the sweep is safe to run on
 * every node at once.
 */
@Singleton
@DependsOn("ProjectsSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BehindScheduleTimer {

    @EJB
    TaskSweeps sweeps;

    @Schedule(hour = "*", minute = "*", second = "40", persistent = false)
    void run() {
        sweeps.noticeBehindSchedule();
    }
}
