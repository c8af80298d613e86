package org.proserv.support.points;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.money.Money;
import org.proserv.kernel.paging.Page;
import org.proserv.kernel.paging.PageRequest;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.events.Outbox;
import org.proserv.support.customers.Customer;
import org.proserv.support.customers.SupportGained;

/**
 * The points ledger of each customer. Every change appends entries; nothing is updated or deleted. Each change first
 * locks the customer's row, so that changes of one customer's points happen one after the other on every node: the
 * wallet read under the lock is the truth, and no lot can be taken below zero however many requests arrive at once.
 */
@Stateless
public class PointsLedger {

    @PersistenceContext(unitName = "support")
    EntityManager em;

    @Inject
    PointsPolicy policy;

    @Inject
    Clock clock;

    @Inject
    Event<SupportGained> supportGained;

    @Inject
    Event<PointsAdded> pointsAdded;

    @EJB
    Outbox outbox;

    public List<PointPack> catalogue() {
        return em.createQuery("select p from PointPack p where p.active = true order by p.points", PointPack.class)
                .getResultList();
    }

    public PointPack addPack(int points, Money price) {
        var pack = new PointPack(points, price, clock.instant());
        em.persist(pack);
        return pack;
    }

    public PointPack repricePack(long packId, int points, Money price) {
        var pack = existingPack(packId);
        pack.reprice(points, price);
        return pack;
    }

    public PointPack withdrawPack(long packId) {
        var pack = existingPack(packId);
        pack.withdraw();
        return pack;
    }

    /** A purchase of a catalogue pack: a new lot, expiring after the lot lifetime. */
    public PointLot purchase(Actor actor, long customerId, long packId) {
        requireVisible(actor, customerId);
        lock(customerId);
        var pack = pack(packId);
        if (!pack.active()) {
            throw ProservException.invalid("packId", "pack " + packId + " is no longer on sale");
        }
        Instant now = clock.instant();
        var lot = new PointLot(
                customerId, pack.id(), LotOrigin.PURCHASE, pack.points(), pack.price(), now, policy.expiryOf(now));
        em.persist(lot);
        em.flush();
        append(customerId, lot.id(), EntryKind.PURCHASE, pack.points(), null, "pack of " + pack.points(), actor, now);
        pointsAdded.fire(new PointsAdded(customerId, pack.points(), now));
        PointsEvents.record(
                outbox,
                em,
                "purchased",
                customerId,
                available(customerId, now),
                now,
                b -> b.add("lotId", lot.id())
                        .add("packId", pack.id())
                        .add("points", pack.points())
                        .add("price", PointsEvents.money(pack.price()))
                        .add("expiresAt", lot.expiresAt().toString()));
        supportGained.fire(new SupportGained(customerId));
        return lot;
    }

    /** Takes points, oldest unexpired lot first; 402 when the customer has not enough. */
    public List<LedgerEntry> spend(Actor actor, long customerId, int points, Long ticketId, String note) {
        lock(customerId);
        Instant now = clock.instant();
        List<LedgerEntry> entries = wallet(customerId, now).take(points).stream()
                .map(a -> append(customerId, a.lotId(), EntryKind.SPEND, -a.points(), ticketId, note, actor, now))
                .toList();
        PointsEvents.record(
                outbox,
                em,
                "spent",
                customerId,
                available(customerId, now),
                now,
                PointsEvents.entries(entries, ticketId, note));
        return entries;
    }

    /** Whether the customer could pay this many points now (read under the lock by callers that then spend). */
    public int available(long customerId) {
        return wallet(customerId, clock.instant()).available();
    }

    private int available(long customerId, Instant now) {
        em.flush();
        return wallet(customerId, now).available();
    }

    /**
     * Gives back points charged for a ticket, to the lots they came from; what would land on an expired lot is
     * forfeited. Returns how many points went back.
     */
    public int giveBack(Actor actor, long customerId, long ticketId, int points, String note) {
        if (points <= 0) {
            return 0;
        }
        lock(customerId);
        Instant now = clock.instant();
        Map<Long, Integer> takenFrom = new HashMap<>();
        em.createQuery(
                        "select e from LedgerEntry e where e.ticketId = :ticket and e.customerId = :customer",
                        LedgerEntry.class)
                .setParameter("ticket", ticketId)
                .setParameter("customer", customerId)
                .getResultList()
                .forEach(e -> takenFrom.merge(e.lotId(), -e.points(), Integer::sum));
        int net = takenFrom.values().stream().mapToInt(Integer::intValue).sum();
        List<LedgerEntry> entries = wallet(customerId, now).giveBack(takenFrom, Math.min(points, net)).stream()
                .map(a -> append(customerId, a.lotId(), EntryKind.RETURN, a.points(), ticketId, note, actor, now))
                .toList();
        if (!entries.isEmpty()) {
            PointsEvents.record(
                    outbox,
                    em,
                    "returned",
                    customerId,
                    available(customerId, now),
                    now,
                    PointsEvents.entries(entries, ticketId, note));
        }
        return entries.stream().mapToInt(LedgerEntry::points).sum();
    }

    /**
     * Spends for something outside a ticket, named by {@code reference}, at most once: when entries of that reference
     * exist already, they are the answer and nothing more is taken. Oldest unexpired lot first, like every spend;
     * empty, with nothing taken, when the customer has not enough (the caller waits for a top-up).
     */
    public Optional<List<LedgerEntry>> spendOnce(
            Actor actor, long customerId, int points, String reference, String note) {
        lock(customerId);
        var earlier = entriesFor(customerId, reference).stream()
                .filter(e -> e.kind() == EntryKind.SPEND)
                .toList();
        if (!earlier.isEmpty()) {
            return Optional.of(earlier);
        }
        Instant now = clock.instant();
        var wallet = wallet(customerId, now);
        if (wallet.available() < points) {
            return Optional.empty();
        }
        return Optional.of(wallet.take(points).stream()
                .map(a ->
                        append(customerId, a.lotId(), EntryKind.SPEND, -a.points(), null, reference, note, actor, now))
                .toList());
    }

    /**
     * Gives back what is still spent for {@code reference}, to the lots it came from (forfeited on an expired lot).
     * Returns how many points went back: 0 when nothing was spent or it went back already.
     */
    public int giveBackFor(Actor actor, long customerId, String reference, String note) {
        lock(customerId);
        Instant now = clock.instant();
        Map<Long, Integer> takenFrom = new HashMap<>();
        entriesFor(customerId, reference).forEach(e -> takenFrom.merge(e.lotId(), -e.points(), Integer::sum));
        int net = takenFrom.values().stream().mapToInt(Integer::intValue).sum();
        if (net <= 0) {
            return 0;
        }
        return wallet(customerId, now).giveBack(takenFrom, net).stream()
                .map(a ->
                        append(customerId, a.lotId(), EntryKind.RETURN, a.points(), null, reference, note, actor, now))
                .mapToInt(LedgerEntry::points)
                .sum();
    }

    /** The entries of one reference, oldest first. */
    public List<LedgerEntry> entriesFor(long customerId, String reference) {
        return em.createQuery(
                        "select e from LedgerEntry e where e.customerId = :customer and e.reference = :reference"
                                + " order by e.id",
                        LedgerEntry.class)
                .setParameter("customer", customerId)
                .setParameter("reference", reference)
                .getResultList();
    }

    /**
     * Money back ({@link MoneyBack}): an untouched bought lot, within the refund window, is refunded whole at once;
     * anything else is refused with why.
     */
    public LedgerEntry refund(Actor actor, long customerId, long lotId) {
        requireVisible(actor, customerId);
        lock(customerId);
        Instant now = clock.instant();
        var lot = em.find(PointLot.class, lotId);
        if (lot == null || lot.customerId() != customerId) {
            throw ProservException.notFound("Lot", lotId);
        }
        List<LedgerEntry> entries = em.createQuery(
                        "select e from LedgerEntry e where e.lotId = :lot", LedgerEntry.class)
                .setParameter("lot", lotId)
                .getResultList();
        MoneyBack.requireRefundable(lot, entries, now, policy.refundWindow());
        var refund = append(
                customerId, lotId, EntryKind.REFUND, -lot.points(), null, "money back: " + lot.price(), actor, now);
        PointsEvents.record(
                outbox,
                em,
                "refunded",
                customerId,
                available(customerId, now),
                now,
                b -> b.add("lotId", lotId).add("points", lot.points()).add("amount", PointsEvents.money(lot.price())));
        return refund;
    }

    /** A staff correction: positive grants a new lot, negative takes points oldest first. */
    public List<LedgerEntry> adjust(Actor actor, long customerId, int points, String note) {
        actor.requireStaff("adjust points");
        if (points == 0) {
            throw ProservException.invalid("points", "must not be zero");
        }
        lock(customerId);
        Instant now = clock.instant();
        if (points < 0) {
            List<LedgerEntry> taken = wallet(customerId, now).take(-points).stream()
                    .map(a -> append(customerId, a.lotId(), EntryKind.ADJUSTMENT, -a.points(), null, note, actor, now))
                    .toList();
            PointsEvents.record(
                    outbox,
                    em,
                    "adjusted",
                    customerId,
                    available(customerId, now),
                    now,
                    PointsEvents.entries(taken, null, note).andThen(b -> b.add("change", points)));
            return taken;
        }
        var lot = new PointLot(
                customerId, null, LotOrigin.ADJUSTMENT, points, policy.price(0), now, policy.expiryOf(now));
        em.persist(lot);
        em.flush();
        var entry = append(customerId, lot.id(), EntryKind.ADJUSTMENT, points, null, note, actor, now);
        pointsAdded.fire(new PointsAdded(customerId, points, now));
        PointsEvents.record(
                outbox,
                em,
                "adjusted",
                customerId,
                available(customerId, now),
                now,
                PointsEvents.entries(List.of(entry), null, note).andThen(b -> b.add("change", points)));
        supportGained.fire(new SupportGained(customerId));
        return List.of(entry);
    }

    public Wallet wallet(Actor actor, long customerId) {
        requireVisible(actor, customerId);
        return wallet(customerId, clock.instant());
    }

    public Page<LedgerEntry> ledger(Actor actor, long customerId, PageRequest request) {
        requireVisible(actor, customerId);
        var items = em.createQuery(
                        "select e from LedgerEntry e where e.customerId = :c order by e.createdAt desc, e.id desc",
                        LedgerEntry.class)
                .setParameter("c", customerId)
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        long total = em.createQuery("select count(e) from LedgerEntry e where e.customerId = :c", Long.class)
                .setParameter("c", customerId)
                .getSingleResult();
        return Page.of(items, request, total);
    }

    /** Lots with points left that expire within the warning window. */
    public List<Wallet.LotBalance> expiringSoon(Actor actor, long customerId) {
        requireVisible(actor, customerId);
        Instant now = clock.instant();
        Instant horizon = now.plus(policy.expiryWarning());
        return wallet(customerId, now).lots().stream()
                .filter(b -> b.remaining() > 0
                        && !b.lot().expiredAt(now)
                        && !b.lot().expiresAt().isAfter(horizon))
                .toList();
    }

    /** Serializes every change of one customer's points, on every node. */
    public void lock(long customerId) {
        if (em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw ProservException.notFound("Customer", customerId);
        }
    }

    /** The customer's wallet as the ledger says now; callers that then change it hold the lock. */
    public Wallet wallet(long customerId, Instant now) {
        List<PointLot> lots = em.createQuery("select l from PointLot l where l.customerId = :c", PointLot.class)
                .setParameter("c", customerId)
                .getResultList();
        Map<Long, Integer> remaining = em
                .createQuery(
                        "select e.lotId, sum(e.points) from LedgerEntry e where e.customerId = :c group by e.lotId",
                        Object[].class)
                .setParameter("c", customerId)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).intValue()));
        return new Wallet(
                lots.stream()
                        .map(l -> new Wallet.LotBalance(l, remaining.getOrDefault(l.id(), 0)))
                        .toList(),
                now);
    }

    /** Appends one entry; callers hold the customer's lock and have checked the rule. */
    public LedgerEntry append(
            long customerId,
            long lotId,
            EntryKind kind,
            int points,
            Long ticketId,
            String note,
            Actor actor,
            Instant now) {
        return append(customerId, lotId, kind, points, ticketId, null, note, actor, now);
    }

    private LedgerEntry append(
            long customerId,
            long lotId,
            EntryKind kind,
            int points,
            Long ticketId,
            String reference,
            String note,
            Actor actor,
            Instant now) {
        var entry = new LedgerEntry(customerId, lotId, kind, points, ticketId, reference, note, actor.username(), now);
        em.persist(entry);
        return entry;
    }

    private PointPack existingPack(long packId) {
        var pack = em.find(PointPack.class, packId);
        if (pack == null) {
            throw ProservException.notFound("Point pack", packId);
        }
        return pack;
    }

    /** The pack a purchase names in its body. */
    private PointPack pack(long packId) {
        var pack = em.find(PointPack.class, packId);
        if (pack == null) {
            throw ProservException.invalid("packId", "no pack " + packId);
        }
        return pack;
    }

    private void requireVisible(Actor actor, long customerId) {
        if (!actor.maySee(customerId) || em.find(Customer.class, customerId) == null) {
            throw ProservException.notFound("Customer", customerId);
        }
    }
}
