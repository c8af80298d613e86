package org.proserv.projects.design;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.projects.requests.QuoteRequest;
import org.proserv.projects.requests.RequestKind;
import org.proserv.projects.requests.Requests;

/**
 * Which design a design-integration request is for. A design integration is quoted only after a design creation of that
 * customer is approved, or for design files the customer supplies (a bought prototype is such a design).
 */
@Stateless
public class DesignSources {

    public static final String RULE = "design-integration-needs-design";

    @PersistenceContext(unitName = "projects")
    EntityManager em;

    @EJB
    Requests requests;

    @EJB
    DesignCreations creations;

    @Inject
    Clock clock;

    /**
     * The customer (or a quote manager for them) says which design to integrate: exactly one of an approved creation
     * project of theirs, or the design files they supply. It replaces what the request said before.
     */
    public DesignSource record(Actor actor, long requestId, Long creationProjectId, List<String> designFiles) {
        var request = requests.find(actor, requestId);
        em.lock(request, LockModeType.PESSIMISTIC_WRITE);
        requireIntegration(request);
        boolean files = designFiles != null && !designFiles.isEmpty();
        if ((creationProjectId == null) == !files) {
            throw ProservException.invalid(
                    creationProjectId == null ? "designFiles" : "creationProjectId",
                    "give either creationProjectId (an approved design creation) or designFiles, not both or"
                            + " neither");
        }
        Instant now = clock.instant();
        DesignSource source;
        if (creationProjectId != null) {
            var creation = creations
                    .of(creationProjectId)
                    .filter(c -> c.customerId() == request.customerId())
                    .orElseThrow(() -> ProservException.invalid(
                            "creationProjectId",
                            "project " + creationProjectId + " is no design creation of this customer"));
            if (creation.stage() != DesignStage.APPROVED) {
                throw ProservException.conflict("The design creation of project " + creationProjectId + " is not"
                                + " approved (" + creation.stage() + "): a design integration is quoted after it is")
                        .with("rule", RULE);
            }
            source = DesignSource.creation(requestId, request.customerId(), creationProjectId, actor.username(), now);
        } else {
            source = DesignSource.files(requestId, request.customerId(), designFiles, actor.username(), now);
        }
        return replace(requestId, source);
    }

    /** Ordering a bought prototype's integration: the request is for that prototype. */
    public DesignSource prototype(Actor actor, QuoteRequest request, long prototypeId) {
        return replace(
                request.id(),
                DesignSource.prototype(
                        request.id(), request.customerId(), prototypeId, actor.username(), clock.instant()));
    }

    /** Quoting a design-integration request needs its design; any other request passes. */
    public void requireQuotable(QuoteRequest request) {
        if (request.kind() != RequestKind.DESIGN_INTEGRATION) {
            return;
        }
        var source = of(request.id());
        boolean ready = source.map(s -> s.kind() != DesignSourceKind.APPROVED_CREATION
                        || creations
                                .of(s.creationProjectId())
                                .map(c -> c.stage() == DesignStage.APPROVED)
                                .orElse(false))
                .orElse(false);
        if (!ready) {
            throw ProservException.conflict("Request " + request.id() + " is a design integration: it is quoted only"
                            + " after a design creation of the customer is approved, or for design files the"
                            + " customer supplies; say which (PUT /api/project-requests/" + request.id()
                            + "/design-source)")
                    .with("rule", RULE);
        }
    }

    public Optional<DesignSource> of(long requestId) {
        return em.createQuery("select s from DesignSource s where s.requestId = :request", DesignSource.class)
                .setParameter("request", requestId)
                .getResultStream()
                .findFirst();
    }

    /** The request's design source, if the actor may see the request; 404 when it has none. */
    public DesignSource find(Actor actor, long requestId) {
        requests.find(actor, requestId);
        return of(requestId).orElseThrow(() -> ProservException.notFound("Design source of request", requestId));
    }

    private static void requireIntegration(QuoteRequest request) {
        if (request.kind() != RequestKind.DESIGN_INTEGRATION) {
            throw ProservException.conflict("Request " + request.id() + " is a " + request.kind() + " request: only"
                            + " a design integration has a design to integrate")
                    .with("rule", "not-design-integration");
        }
    }

    private DesignSource replace(long requestId, DesignSource source) {
        of(requestId).ifPresent(old -> {
            em.remove(old);
            em.flush();
        });
        em.persist(source);
        em.flush();
        return source;
    }
}
