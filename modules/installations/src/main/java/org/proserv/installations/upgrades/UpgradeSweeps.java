package org.proserv.installations.upgrades;

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
import org.proserv.platform.inbox.Inbox;
import org.proserv.platform.inbox.Recipient;

/**
 * The gate reminder sweep ({@link Sweep}): reminds, once, every customer whose upgrade order has waited on its gate
 * longer than the configured time ({@link UpgradeOrder#reminderDue}). Orders are claimed by a set-based UPDATE whose
 * condition is the rule, so it catches up after downtime, an order is reminded by one sweep only however many nodes run
 * it at once, and an order that cannot be processed is left for the next run without holding up the others. A new gate
 * starts a new wait, reminded once again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UpgradeSweeps {

    @PersistenceContext(unitName = "installations")
    EntityManager em;

    @EJB
    Inbox inbox;

    @Inject
    UpgradeTerms terms;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    public int remindAtGates() {
        Instant now = clock.instant();
        Instant waitingSince = now.minus(terms.gateReminderAfter());
        var self = context.getBusinessObject(UpgradeSweeps.class);
        return Sweep.named("upgrade-gate-reminders")
                .run(
                        Sweep.ids(
                                em,
                                "select id from installations_upgrade where gate is not null"
                                        + " and gate_reminded_at is null and gate_since < ? order by id",
                                waitingSince),
                        orders -> self.remind(orders, now, waitingSince))
                .handled();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int remind(List<Long> orders, Instant now, Instant waitingSince) {
        String claim = UUID.randomUUID().toString();
        int claimed = em.createNativeQuery("update installations_upgrade"
                        + " set gate_reminded_at = ?, reminder_claim = ?, version = version + 1"
                        + " where id in (" + Sweep.inList(orders) + ") and gate is not null"
                        + " and gate_reminded_at is null and gate_since < ?")
                .setParameter(1, toColumn(now))
                .setParameter(2, claim)
                .setParameter(3, toColumn(waitingSince))
                .executeUpdate();
        if (claimed == 0) {
            return 0;
        }
        List<UpgradeOrder> reminded = em.createQuery(
                        "select o from UpgradeOrder o where o.reminderClaim = :claim order by o.id", UpgradeOrder.class)
                .setParameter("claim", claim)
                .getResultList();
        for (var order : reminded) {
            var gate = order.gate().orElseThrow();
            inbox.tell(
                    Recipient.customer(order.customerId()),
                    "UPGRADE_GATE_REMINDER",
                    UpgradeOrders.subject(order),
                    "Upgrade order " + order.id() + " has waited for you since " + order.gateSince() + ": "
                            + UpgradeOrders.describe(gate) + ". Nothing moves on until you do.",
                    now);
        }
        return reminded.size();
    }
}
