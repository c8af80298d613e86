package org.proserv.projects.tasks;

import static org.proserv.kernel.persistence.UtcInstantConverter.toColumn;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.proserv.kernel.sweep.Sweep;
import org.proserv.platform.events.Outbox;
import org.proserv.platform.inbox.Inbox;
import org.proserv.platform.inbox.Recipient;

/**
 * The behind-schedule sweep ({@link Sweep}): tells the customer and the task's director, once, when a task in
 * development has fallen behind its plan. It selects in SQL by each task's stored threshold ({@link Plan#behindAfter},
 * moved with every progress report and plan), claims the rows with a set-based UPDATE whose condition is the rule, and
 * re-checks the rule on each claimed task before telling: several nodes at once tell once, a run after downtime catches
 * up, and a row that fails is left for the next run.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TaskSweeps {

    private static final String RULE = "status in ('WORKING', 'QUALITY_ASSURANCE', 'REVIEWING')"
            + " and behind_after < ? and behind_notified_at is null";

    @PersistenceContext(unitName = "projects")
    EntityManager em;

    @EJB
    Outbox outbox;

    @EJB
    Inbox inbox;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    public int noticeBehindSchedule() {
        Instant now = clock.instant();
        var self = context.getBusinessObject(TaskSweeps.class);
        return Sweep.named("task-behind-schedule")
                .run(
                        Sweep.ids(em, "select id from projects_task where " + RULE + " order by id", now),
                        tasks -> self.noticeBehindScheduleOf(tasks, now))
                .handled();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int noticeBehindScheduleOf(List<Long> ids, Instant now) {
        String claim = UUID.randomUUID().toString();
        int claimed = em.createNativeQuery("update projects_task set sweep_claim = ?, version = version + 1"
                        + " where id in (" + Sweep.inList(ids) + ") and " + RULE)
                .setParameter(1, claim)
                .setParameter(2, toColumn(now))
                .executeUpdate();
        if (claimed == 0) {
            return 0;
        }
        int told = 0;
        for (Task task : em.createQuery("select t from Task t where t.sweepClaim = :claim order by t.id", Task.class)
                .setParameter("claim", claim)
                .getResultList()) {
            if (!task.behindNoticeDue(now)) {
                continue;
            }
            task.behindNoticeSent(now);
            String message = "Task " + task.id() + " (" + task.title() + ") of project " + task.projectId()
                    + " is behind schedule: " + task.percentDone() + "% done, planned from "
                    + task.plan().orElseThrow().start() + " to "
                    + task.plan().orElseThrow().end() + ".";
            inbox.tell(
                    Recipient.customer(task.customerId()), "TASK_BEHIND_SCHEDULE", "task:" + task.id(), message, now);
            inbox.tell(Recipient.staff(task.createdBy()), "TASK_BEHIND_SCHEDULE", "task:" + task.id(), message, now);
            outbox.record(
                    em, Tasks.BEHIND_SCHEDULE, "task", task.id(), task.customerId(), Tasks.payload(task, now), now);
            told++;
        }
        return told;
    }
}
