package org.proserv.projects.guarantee;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;
import org.proserv.platform.events.Outbox;
import org.proserv.platform.inbox.Inbox;
import org.proserv.platform.inbox.Recipient;
import org.proserv.projects.project.Projects;
import org.proserv.projects.schedule.Schedules;
import org.proserv.projects.tasks.Task;
import org.proserv.projects.tasks.Tasks;

/** Guarantee claims, one transaction each: a claim within the guarantee and its free fix task are made together. */
@Stateless
public class Claims {

    public static final String CLAIMED = "guarantee.claimed";

    static final int MAX_TITLE = 200;

    @PersistenceContext(unitName = "projects")
    EntityManager em;

    @EJB
    Projects projects;

    @EJB
    Schedules schedules;

    @EJB
    Tasks tasks;

    @EJB
    Outbox outbox;

    @EJB
    Inbox inbox;

    @Inject
    Clock clock;

    public GuaranteeClaim file(Actor actor, long projectId, String description) {
        projects.find(actor, projectId);
        var schedule = schedules
                .of(actor, projectId)
                .orElseThrow(() -> ProservException.conflict(
                                "Project " + projectId + " is not approved yet: its guarantee starts with the approval")
                        .with("rule", "guarantee-after-approval"));
        Instant now = clock.instant();
        var claim = GuaranteeClaim.file(schedule, description, actor, now);
        em.persist(claim);
        em.flush();
        String title = "Guarantee fix: " + claim.description();
        var fix = tasks.addFix(Task.fix(
                projectId,
                claim.customerId(),
                claim.id(),
                title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…",
                actor,
                now));
        claim.fixedBy(fix.id());
        var event = Json.createObjectBuilder()
                .add("claimId", claim.id())
                .add("projectId", projectId)
                .add("customerId", claim.customerId())
                .add("fixTaskId", fix.id())
                .add("free", true)
                .add("guaranteeEndsAt", claim.guaranteeEndsAt().toString())
                .add("claimedAt", now.toString())
                .build();
        outbox.record(em, CLAIMED, "project", projectId, claim.customerId(), event, now);
        inbox.tell(
                Recipient.role(Role.director),
                "GUARANTEE_CLAIM",
                "project:" + projectId,
                "Guarantee claim " + claim.id() + " on project " + projectId + ": fix task " + fix.id()
                        + " waits to be planned (free of charge).",
                now);
        return claim;
    }

    public List<GuaranteeClaim> ofProject(Actor actor, long projectId) {
        projects.find(actor, projectId);
        return em.createQuery(
                        "select c from GuaranteeClaim c where c.projectId = :project order by c.claimedAt, c.id",
                        GuaranteeClaim.class)
                .setParameter("project", projectId)
                .getResultList();
    }
}
