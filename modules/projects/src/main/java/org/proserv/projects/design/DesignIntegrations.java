package org.proserv.projects.design;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.events.Outbox;
import org.proserv.platform.inbox.Inbox;
import org.proserv.platform.inbox.Recipient;
import org.proserv.projects.billing.Billing;
import org.proserv.projects.project.Projects;

/** Design integrations: the work on the demo server and its delivery, one transaction each. */
@Stateless
public class DesignIntegrations {

    public static final String ON_DEMO = "design.integration-on-demo";
    public static final String DELIVERED = "design.integration-delivered";

    @PersistenceContext(unitName = "projects")
    EntityManager em;

    @EJB
    Projects projects;

    @EJB
    Billing billing;

    @EJB
    Outbox outbox;

    @EJB
    Inbox inbox;

    @Inject
    Clock clock;

    /** Staff put the work on the demo server at its intermediate URL (the first time, once the project is paid). */
    public DesignIntegration demo(Actor actor, long projectId, String demoUrl) {
        actor.requireStaff("work on a design integration");
        var project = projects.find(actor, projectId);
        Instant now = clock.instant();
        var existing = of(projectId);
        DesignIntegration integration;
        if (existing.isPresent()) {
            integration = existing.get();
            em.lock(integration, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(integration);
            integration.moveDemo(demoUrl, now);
        } else {
            var first = billing.ofQuote(project.quoteId()).stream()
                    .filter(i -> i.partNumber() == 1)
                    .findFirst()
                    .orElse(null);
            integration = new DesignIntegration(projectId, project.customerId(), project.kind(), first, demoUrl, now);
            em.persist(integration);
        }
        em.flush();
        outbox.record(
                em,
                ON_DEMO,
                "design-integration",
                integration.id(),
                integration.customerId(),
                Json.createObjectBuilder()
                        .add("projectId", projectId)
                        .add("demoUrl", integration.demoUrl())
                        .build(),
                now);
        inbox.tell(
                Recipient.customer(integration.customerId()),
                "INTEGRATION_ON_DEMO",
                "project:" + projectId,
                "Project " + projectId + ": the integrated design can be seen on the demo server at "
                        + integration.demoUrl() + ".",
                now);
        return integration;
    }

    /** Delivered once the work is on the demo server: into the store, or as an installation package. */
    public DesignIntegration deliver(Actor actor, long projectId, DeliveryMode mode, String target) {
        actor.requireStaff("deliver a design integration");
        var integration = find(actor, projectId);
        em.lock(integration, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(integration);
        Instant now = clock.instant();
        integration.deliver(mode, target, actor.username(), now);
        em.flush();
        outbox.record(
                em,
                DELIVERED,
                "design-integration",
                integration.id(),
                integration.customerId(),
                Json.createObjectBuilder()
                        .add("projectId", projectId)
                        .add("delivery", mode.name())
                        .add("target", target)
                        .build(),
                now);
        inbox.tell(
                Recipient.customer(integration.customerId()),
                "INTEGRATION_DELIVERED",
                "project:" + projectId,
                "Project " + projectId + ": the design is delivered "
                        + (mode == DeliveryMode.INTO_STORE ? "into your store " : "as the installation package ")
                        + target + ".",
                now);
        return integration;
    }

    /** The project's integration, if the actor may see the project; 404 before its work is on the demo server. */
    public DesignIntegration find(Actor actor, long projectId) {
        projects.find(actor, projectId);
        return of(projectId)
                .orElseThrow(() -> ProservException.notFound("Design integration of project", projectId)
                        .with("rule", "demo-server-first"));
    }

    public Optional<DesignIntegration> of(long projectId) {
        return em.createQuery("select i from DesignIntegration i where i.projectId = :project", DesignIntegration.class)
                .setParameter("project", projectId)
                .getResultStream()
                .findFirst();
    }

    /** A customer's integrations delivered as installation packages, oldest first. */
    public List<DesignIntegration> packagesOf(long customerId) {
        return em.createQuery(
                        "select i from DesignIntegration i where i.customerId = :customer and i.delivery = :mode"
                                + " order by i.deliveredAt, i.id",
                        DesignIntegration.class)
                .setParameter("customer", customerId)
                .setParameter("mode", DeliveryMode.INSTALLATION_PACKAGE)
                .getResultList();
    }
}
