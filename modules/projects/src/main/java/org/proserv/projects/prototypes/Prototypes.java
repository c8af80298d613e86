package org.proserv.projects.prototypes;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.paging.Page;
import org.proserv.kernel.paging.PageRequest;
import org.proserv.kernel.paging.PagedQuery;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.events.Outbox;
import org.proserv.platform.inbox.Inbox;
import org.proserv.platform.inbox.Recipient;
import org.proserv.projects.design.DesignSources;
import org.proserv.projects.requests.QuoteRequest;
import org.proserv.projects.requests.RequestDraft;
import org.proserv.projects.requests.RequestKind;
import org.proserv.projects.requests.Requests;

/**
 * The prototype catalogue. Every purchase changes the prototype's row with one conditional update that holds only while
 * it is listed: the database serializes the writers of one row, so of any number of buyouts at the same moment, on any
 * node, exactly one changes it, and every purchase after that changes nothing and is refused.
 */
@Stateless
public class Prototypes {

    public static final String LISTED = "prototype.listed";
    public static final String PURCHASED = "prototype.purchased";
    public static final String BOUGHT_OUT = "prototype.bought-out";

    @PersistenceContext(unitName = "projects")
    EntityManager em;

    @EJB
    Requests requests;

    @EJB
    DesignSources designSources;

    @EJB
    Outbox outbox;

    @EJB
    Inbox inbox;

    @Inject
    Clock clock;

    /** Designers and admins add prototypes to the catalogue. */
    public Prototype create(Actor actor, PrototypeDraft draft) {
        actor.requireStaff("add prototypes to the catalogue");
        Instant now = clock.instant();
        var prototype = new Prototype(draft, actor.username(), now);
        em.persist(prototype);
        em.flush();
        outbox.record(em, LISTED, "prototype", prototype.id(), null, payload(prototype), now);
        return prototype;
    }

    /** The catalogue: listed prototypes only, oldest first. */
    public Page<Prototype> catalogue(PageRequest page) {
        return PagedQuery.from(em, Prototype.class, "Prototype p", "p")
                .where("p.status = :listed", "listed", PrototypeStatus.LISTED)
                .page("p.createdAt, p.id", page);
    }

    /** A listed prototype; one bought out is gone from the catalogue and answers 404, as one that never was. */
    public Prototype listed(long prototypeId) {
        var prototype = em.find(Prototype.class, prototypeId);
        if (prototype == null || !prototype.listed()) {
            throw ProservException.notFound("Prototype", prototypeId);
        }
        return prototype;
    }

    /**
     * A customer buys a listed prototype: a normal purchase leaves it listed, a buyout removes it at once. Either pays
     * the price in force when the row is changed; a prototype that is gone is refused (409 prototype-bought-out).
     */
    public PrototypePurchase purchase(Actor actor, long prototypeId, PurchaseKind kind) {
        actor.requireCustomer("buy a prototype");
        if (kind == null) {
            throw ProservException.invalid("kind", "must be PURCHASE or BUYOUT");
        }
        Instant now = clock.instant();
        int changed;
        try {
            changed = (kind == PurchaseKind.BUYOUT
                            ? em.createQuery("update Prototype p set p.status = :gone, p.purchaseCount ="
                                            + " p.purchaseCount + 1, p.version = p.version + 1"
                                            + " where p.id = :id and p.status = :listed")
                                    .setParameter("gone", PrototypeStatus.BOUGHT_OUT)
                            : em.createQuery("update Prototype p set p.purchaseCount = p.purchaseCount + 1,"
                                    + " p.version = p.version + 1 where p.id = :id and p.status = :listed"))
                    .setParameter("id", prototypeId)
                    .setParameter("listed", PrototypeStatus.LISTED)
                    .executeUpdate();
        } catch (PersistenceException e) {
            // a database that gives up waiting for the row (a lock timeout) has changed nothing
            throw ProservException.conflict(
                            "Prototype " + prototypeId + " is being bought at this moment: try" + " again")
                    .with("rule", "prototype-busy");
        }
        var prototype = em.find(Prototype.class, prototypeId);
        if (prototype == null) {
            throw ProservException.notFound("Prototype", prototypeId);
        }
        em.refresh(prototype);
        if (changed == 0) {
            throw Prototype.gone(prototypeId);
        }
        if (kind == PurchaseKind.BUYOUT) {
            prototype.boughtOutBy(actor.customerId(), now);
        }
        var purchase = new PrototypePurchase(prototypeId, prototype, actor.customerId(), kind, now);
        em.persist(purchase);
        em.flush();
        var event = Json.createObjectBuilder(payload(prototype))
                .add("purchaseId", purchase.id())
                .add("customerId", actor.customerId())
                .add("kind", kind.name())
                .add("paid", purchase.paid().amount())
                .build();
        outbox.record(
                em,
                kind == PurchaseKind.BUYOUT ? BOUGHT_OUT : PURCHASED,
                "prototype",
                prototypeId,
                actor.customerId(),
                event,
                now);
        inbox.tell(
                Recipient.customer(actor.customerId()),
                kind == PurchaseKind.BUYOUT ? "PROTOTYPE_BOUGHT_OUT" : "PROTOTYPE_PURCHASED",
                "prototype:" + prototypeId,
                (kind == PurchaseKind.BUYOUT
                                ? "You bought out the prototype " + prototype.name()
                                        + ": it is yours for unlimited use and no longer in the catalogue."
                                : "You bought the prototype " + prototype.name() + ".")
                        + " Paid " + purchase.paid() + ".",
                now);
        return purchase;
    }

    /** The customer's purchases of a prototype (staff: everyone's), in order. */
    public List<PrototypePurchase> purchases(Actor actor, long prototypeId) {
        var query = actor.isCustomer()
                ? em.createQuery(
                                "select p from PrototypePurchase p where p.prototypeId = :prototype"
                                        + " and p.customerId = :customer order by p.purchasedAt, p.id",
                                PrototypePurchase.class)
                        .setParameter("customer", actor.customerId())
                : em.createQuery(
                        "select p from PrototypePurchase p where p.prototypeId = :prototype"
                                + " order by p.purchasedAt, p.id",
                        PrototypePurchase.class);
        return query.setParameter("prototype", prototypeId).getResultList();
    }

    /**
     * A customer who bought a prototype (either way, even if it has since been bought out by another) orders its
     * integration: a design-integration request for a quote, for them, that refers to the prototype.
     */
    public QuoteRequest orderIntegration(Actor actor, long prototypeId, IntegrationOrder order) {
        actor.requireCustomer("order a prototype's integration");
        var prototype = em.find(Prototype.class, prototypeId);
        if (prototype == null) {
            throw ProservException.notFound("Prototype", prototypeId);
        }
        if (purchases(actor, prototypeId).isEmpty()) {
            throw ProservException.conflict("Prototype " + prototypeId + " is not yours: buy it (or buy it out)"
                            + " before ordering its integration")
                    .with("rule", "prototype-not-purchased");
        }
        String notes = order.notes() == null || order.notes().isBlank() ? "" : "\n\n" + order.notes();
        var draft = new RequestDraft(
                RequestKind.DESIGN_INTEGRATION,
                "Integration of the prototype " + prototype.name(),
                "Integrate the graphic prototype " + prototypeId + " (" + prototype.name() + ", preview "
                        + prototype.previewUrl() + ") into the store." + notes,
                null,
                List.of(),
                order.storeUrl(),
                order.product(),
                order.productVersion(),
                List.of(),
                List.of(),
                List.of());
        var request = requests.submit(actor, null, draft);
        em.flush();
        designSources.prototype(actor, request, prototypeId);
        return request;
    }

    private static JsonObject payload(Prototype prototype) {
        return Json.createObjectBuilder()
                .add("prototypeId", prototype.id())
                .add("name", prototype.name())
                .add("price", prototype.price().amount())
                .add("buyoutPrice", prototype.buyoutPrice().amount())
                .add("currency", prototype.price().currency())
                .add("status", prototype.status().name())
                .build();
    }
}
