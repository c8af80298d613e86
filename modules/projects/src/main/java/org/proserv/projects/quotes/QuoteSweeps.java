package org.proserv.projects.quotes;

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
 * The quote expiry sweep ({@link Sweep}): marks expired every sent version at or past its validUntil and tells its
 * customer, once. Versions are claimed by a set-based UPDATE whose condition is the rule, so it catches up after
 * downtime, a version is expired by one sweep only however many nodes run it at once, and a version that cannot be
 * processed is left for the next run without holding up the others. Acceptance does not wait for it: a version is
 * refused at its validUntil whether or not it has been marked.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class QuoteSweeps {

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

    public int expireQuotes() {
        Instant now = clock.instant();
        var self = context.getBusinessObject(QuoteSweeps.class);
        return Sweep.named("quote-expiry")
                .run(
                        Sweep.ids(
                                em,
                                "select id from projects_quote_version"
                                        + " where status = 'SENT' and valid_until <= ? order by id",
                                now),
                        versions -> self.expire(versions, now))
                .handled();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int expire(List<Long> versions, Instant now) {
        String claim = UUID.randomUUID().toString();
        int claimed = em.createNativeQuery("update projects_quote_version"
                        + " set status = 'EXPIRED', status_changed_at = ?, expiry_claim = ?"
                        + " where id in (" + Sweep.inList(versions) + ") and status = 'SENT' and valid_until <= ?")
                .setParameter(1, toColumn(now))
                .setParameter(2, claim)
                .setParameter(3, toColumn(now))
                .executeUpdate();
        if (claimed == 0) {
            return 0;
        }
        List<QuoteVersion> expired = em.createQuery(
                        "select v from QuoteVersion v where v.expiryClaim = :claim order by v.id", QuoteVersion.class)
                .setParameter("claim", claim)
                .getResultList();
        for (var version : expired) {
            var quote = version.quote();
            quote.expired(version.number(), now);
            outbox.record(em, Quotes.EXPIRED, "quote", quote.id(), quote.customerId(), Quotes.payload(version), now);
            inbox.tell(
                    Recipient.customer(quote.customerId()),
                    "QUOTE_EXPIRED",
                    "quote:" + quote.id(),
                    "Quote " + quote.id() + " v" + version.number() + " expired at " + version.validUntil()
                            + " and can no longer be accepted; ask us for a revision.",
                    now);
        }
        return expired.size();
    }
}
