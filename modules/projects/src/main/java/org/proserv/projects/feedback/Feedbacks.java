package org.proserv.projects.feedback;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;
import org.proserv.platform.inbox.Inbox;
import org.proserv.platform.inbox.Recipient;
import org.proserv.projects.schedule.Schedule;
import org.proserv.projects.schedule.Schedules;

/** Feedback after a project closes, one transaction each; the rules live in {@link Feedback}. */
@Stateless
public class Feedbacks {

    @PersistenceContext(unitName = "projects")
    EntityManager em;

    @EJB
    Schedules schedules;

    @EJB
    Inbox inbox;

    @Inject
    Clock clock;

    public Feedback rate(Actor actor, long projectId, int rating, String comments) {
        var schedule = closedProject(actor, projectId);
        boolean rated = ofProject(projectId).stream().anyMatch(f -> f.kind() == Feedback.Kind.RATING);
        if (rated) {
            throw ProservException.conflict("Project " + projectId + " is rated already: one rating per project")
                    .with("rule", "rated-once");
        }
        var feedback = Feedback.rating(schedule, rating, comments, actor, clock.instant());
        em.persist(feedback);
        em.flush();
        return feedback;
    }

    public Feedback complain(Actor actor, long projectId, String complaint) {
        var schedule = closedProject(actor, projectId);
        Instant now = clock.instant();
        var feedback = Feedback.complaint(schedule, complaint, actor, now);
        em.persist(feedback);
        em.flush();
        inbox.tell(
                Recipient.role(Role.director),
                "PROJECT_COMPLAINT",
                "project:" + projectId,
                "Complaint " + feedback.id() + " on project " + projectId + " waits for a director's answer.",
                now);
        return feedback;
    }

    public Feedback answer(Actor actor, long projectId, long feedbackId, String answer) {
        schedules.locked(actor, projectId);
        var feedback = em.find(Feedback.class, feedbackId);
        if (feedback == null || feedback.projectId() != projectId || !actor.maySee(feedback.customerId())) {
            throw ProservException.notFound("Feedback", feedbackId);
        }
        Instant now = clock.instant();
        feedback.answer(answer, actor, now);
        inbox.tell(
                Recipient.customer(feedback.customerId()),
                "PROJECT_COMPLAINT_ANSWERED",
                "project:" + projectId,
                "A director answered your complaint on project " + projectId + ": "
                        + feedback.answer().orElseThrow(),
                now);
        return feedback;
    }

    public List<Feedback> of(Actor actor, long projectId) {
        schedules.of(actor, projectId);
        return ofProject(projectId);
    }

    private Schedule closedProject(Actor actor, long projectId) {
        // the schedule's row serializes two ratings sent at once
        return schedules.locked(actor, projectId);
    }

    private List<Feedback> ofProject(long projectId) {
        return em.createQuery(
                        "select f from Feedback f where f.projectId = :project order by f.createdAt, f.id",
                        Feedback.class)
                .setParameter("project", projectId)
                .getResultList();
    }
}
