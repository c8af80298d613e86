package org.proserv.projects.design;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;
import org.proserv.platform.events.Outbox;
import org.proserv.platform.inbox.Inbox;
import org.proserv.platform.inbox.Recipient;
import org.proserv.projects.billing.Billing;
import org.proserv.projects.billing.Invoice;
import org.proserv.projects.project.Project;
import org.proserv.projects.project.Projects;

/**
 * Design creation, one use case and one transaction each. Every step locks the creation's row, so the decisions on a
 * set and the offer of the next one follow each other on every node.
 */
@Stateless
public class DesignCreations {

    public static final String STARTED = "design.creation-started";
    public static final String SET_OFFERED = "design.sketch-set-offered";
    public static final String SKETCH_CHOSEN = "design.sketch-chosen";
    public static final String SET_REJECTED = "design.sketch-set-rejected";
    public static final String REFINING = "design.refinement-started";
    public static final String DELIVERED = "design.deliverables-delivered";
    public static final String APPROVED = "design.approved";

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
    DesignTerms terms;

    @Inject
    Clock clock;

    /** A designer (or director, admin) starts stage 1 of a design creation project once its 40% is paid. */
    public DesignCreation start(Actor actor, long projectId, Integer pages) {
        actor.requireStaff("start a design creation");
        Project project = projects.find(actor, projectId);
        if (of(projectId).isPresent()) {
            throw ProservException.conflict("The design creation of project " + projectId + " has started")
                    .with("rule", "design-creation-started");
        }
        Instant now = clock.instant();
        var creation = new DesignCreation(
                projectId,
                project.customerId(),
                project.quoteId(),
                project.kind(),
                part(project, 1),
                pages,
                terms,
                actor.username(),
                now);
        em.persist(creation);
        em.flush();
        record(STARTED, creation, Json.createObjectBuilder(), now);
        return creation;
    }

    public DesignCreation offer(Actor actor, long projectId, List<Sketch> sketches) {
        actor.requireStaff("offer sketches");
        var creation = locked(actor, projectId);
        Instant now = clock.instant();
        var set = creation.offer(sketches, actor.username(), now);
        em.flush();
        record(SET_OFFERED, creation, set(set), now);
        tellCustomer(
                creation,
                "SKETCH_SET_OFFERED",
                "Sketch set " + set.number() + " of " + creation.setsAllowed() + " ("
                        + set.sketches().size() + " sketches) is ready: choose one, or reject the set.",
                now);
        return creation;
    }

    public DesignCreation choose(Actor actor, long projectId, int setNumber, int sketchNumber) {
        actor.requireCustomer("choose a sketch");
        var creation = locked(actor, projectId);
        Instant now = clock.instant();
        var set = creation.choose(setNumber, sketchNumber, now);
        record(SKETCH_CHOSEN, creation, set(set).add("sketch", sketchNumber), now);
        inbox.tell(
                Recipient.role(Role.designer),
                "SKETCH_CHOSEN",
                "project:" + projectId,
                "Project " + projectId + ": the customer chose sketch " + sketchNumber + " of set " + setNumber
                        + "; stage 2 starts once its 60% invoice is paid.",
                now);
        return creation;
    }

    public DesignCreation reject(Actor actor, long projectId, int setNumber, String reason) {
        actor.requireCustomer("reject a sketch set");
        var creation = locked(actor, projectId);
        Instant now = clock.instant();
        var set = creation.reject(setNumber, reason, now);
        boolean ended = creation.stage() == DesignStage.ENDED;
        record(SET_REJECTED, creation, set(set).add("ended", ended), now);
        inbox.tell(
                Recipient.role(Role.designer),
                "SKETCH_SET_REJECTED",
                "project:" + projectId,
                "Project " + projectId + ": the customer rejected sketch set " + setNumber
                        + (ended ? "; the creation has ended." : "; a new set may be offered."),
                now);
        if (ended) {
            tellCustomer(
                    creation,
                    "DESIGN_CREATION_ENDED",
                    "You rejected " + creation.setsAllowed() + " sketch sets: this design creation has ended. To"
                            + " continue, order the design creation again (a new quote).",
                    now);
        }
        return creation;
    }

    public DesignCreation startRefinement(Actor actor, long projectId) {
        actor.requireStaff("start stage 2 of a design creation");
        var creation = locked(actor, projectId);
        Project project = projects.find(actor, projectId);
        Instant now = clock.instant();
        creation.startRefinement(part(project, 2), now);
        record(REFINING, creation, Json.createObjectBuilder(), now);
        return creation;
    }

    public DesignCreation deliver(Actor actor, long projectId, List<DesignImage> images) {
        actor.requireStaff("deliver design images");
        var creation = locked(actor, projectId);
        Instant now = clock.instant();
        creation.deliver(images, now);
        em.flush();
        record(DELIVERED, creation, Json.createObjectBuilder().add("images", images.size()), now);
        tellCustomer(
                creation,
                "DESIGN_DELIVERED",
                "The refined design's " + images.size() + " images are delivered: approve the design when it suits"
                        + " you.",
                now);
        return creation;
    }

    public DesignCreation approve(Actor actor, long projectId) {
        actor.requireCustomer("approve a design");
        var creation = locked(actor, projectId);
        Instant now = clock.instant();
        creation.approve(now);
        record(
                APPROVED,
                creation,
                Json.createObjectBuilder().add("images", creation.images().size()),
                now);
        inbox.tell(
                Recipient.role(Role.designer),
                "DESIGN_APPROVED",
                "project:" + projectId,
                "Project " + projectId + ": the customer approved the design.",
                now);
        return creation;
    }

    /** The project's design creation, if the actor may see the project; 404 when it has none. */
    public DesignCreation find(Actor actor, long projectId) {
        projects.find(actor, projectId);
        return of(projectId).orElseThrow(() -> ProservException.notFound("Design creation of project", projectId));
    }

    public Optional<DesignCreation> of(long projectId) {
        return em.createQuery("select c from DesignCreation c where c.projectId = :project", DesignCreation.class)
                .setParameter("project", projectId)
                .getResultStream()
                .findFirst();
    }

    private DesignCreation locked(Actor actor, long projectId) {
        var creation = find(actor, projectId);
        em.lock(creation, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(creation);
        return creation;
    }

    /** Part n of the payment plan of the quote that started the project (1: the 40%, 2: the 60%). */
    private Invoice part(Project project, int number) {
        return billing.ofQuote(project.quoteId()).stream()
                .filter(i -> i.partNumber() == number)
                .findFirst()
                .orElse(null);
    }

    private void tellCustomer(DesignCreation creation, String kind, String message, Instant now) {
        inbox.tell(
                Recipient.customer(creation.customerId()),
                kind,
                "project:" + creation.projectId(),
                "Project " + creation.projectId() + ": " + message,
                now);
    }

    private static JsonObjectBuilder set(SketchSet set) {
        return Json.createObjectBuilder()
                .add("set", set.number())
                .add("sketches", set.sketches().size())
                .add("setStatus", set.status().name());
    }

    private void record(String type, DesignCreation creation, JsonObjectBuilder extra, Instant now) {
        JsonObject payload = extra.add("projectId", creation.projectId())
                .add("customerId", creation.customerId())
                .add("stage", creation.stage().name())
                .add("setsOffered", creation.setsOffered())
                .add("setsAllowed", creation.setsAllowed())
                .build();
        outbox.record(em, type, "design-creation", creation.id(), creation.customerId(), payload, now);
    }
}
