package org.proserv.releases.tracker;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.paging.Page;
import org.proserv.kernel.paging.PageRequest;
import org.proserv.kernel.paging.PagedQuery;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.events.Outbox;
import org.proserv.releases.catalog.Catalog;

/** The ideas board's use cases, one transaction each. Rules live in {@link Idea}. */
@Stateless
public class Ideas {

    /** An idea posted, with the similar earlier ones. */
    public record Proposed(Idea idea, List<Suggestion> similar) {}

    @PersistenceContext(unitName = "releases")
    EntityManager em;

    @EJB
    Catalog catalog;

    @EJB
    SimilarEntries similarEntries;

    @EJB
    Outbox outbox;

    @Inject
    Clock clock;

    public Proposed propose(Actor actor, long productId, String title, String description) {
        var product = catalog.requireProduct("productId", productId);
        var similar = similarEntries.ideas(product.id(), title, description, SimilarEntries.DEFAULT_LIMIT);
        var idea = new Idea(product.id(), title, description, actor, clock.instant());
        em.persist(idea);
        similarEntries.added(SimilarEntries.Kind.IDEA, product, idea.id());
        return new Proposed(idea, similar);
    }

    public List<Suggestion> similar(long productId, String title, String description, int limit) {
        catalog.requireProduct("productId", productId);
        return similarEntries.ideas(productId, title, description, limit);
    }

    public Idea find(long id) {
        var idea = em.find(Idea.class, id);
        if (idea == null) {
            throw ProservException.notFound("Idea", id);
        }
        return idea;
    }

    /** The board: most votes first, then oldest. */
    public Page<Idea> list(Optional<Long> productId, Optional<IdeaStatus> status, PageRequest request) {
        return PagedQuery.from(em, Idea.class, "Idea i", "i")
                .whereIf(productId, "i.productId = :product", "product")
                .whereIf(status, "i.status = :status", "status")
                .page("i.voteCount desc, i.id asc", request);
    }

    /**
     * The actor's vote. The idea is locked while voting, so that the same user voting several times at once counts once
     * and no vote of others is lost; whether the actor voted already is one lookup of the vote's key, however many
     * votes the idea has.
     */
    public Idea vote(Actor actor, long id) {
        var idea = locked(id);
        if (em.find(IdeaVote.class, new IdeaVote.Key(idea.id(), actor.username())) == null) {
            em.persist(idea.vote(actor));
        }
        return idea;
    }

    public Idea withdrawVote(Actor actor, long id) {
        var idea = locked(id);
        var vote = em.find(IdeaVote.class, new IdeaVote.Key(idea.id(), actor.username()));
        if (vote != null) {
            idea.withdraw(vote);
            em.remove(vote);
        }
        return idea;
    }

    public Idea changeStatus(Actor actor, long id, IdeaStatus status, String note) {
        actor.requireStaff("change the status of ideas");
        var idea = locked(id);
        var now = clock.instant();
        idea.changeStatus(status, note, actor, now);
        var payload = Json.createObjectBuilder()
                .add("ideaId", idea.id())
                .add("productId", idea.productId())
                .add("title", idea.title())
                .add("status", idea.status().name())
                .add("votes", idea.votes())
                .add("changedBy", actor.username());
        idea.statusNote().ifPresent(text -> payload.add("note", text));
        outbox.record(em, "idea.status-changed", "idea", idea.id(), null, payload.build(), now);
        return idea;
    }

    private Idea locked(long id) {
        var idea = em.find(Idea.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (idea == null) {
            throw ProservException.notFound("Idea", id);
        }
        return idea;
    }
}
