package org.proserv.platform.webhooks;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.proserv.platform.events.EventFeed;

/**
 * Every two seconds, on every node: publish committed events, turn them into deliveries, attempt what is due. Every
 * step is claimed in the database, so nodes running it at once neither number, fan out nor send anything twice. Hourly,
 * events past their retention are removed.
 */
@Singleton
@DependsOn("Database")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookTimer {

    @EJB
    EventFeed feed;

    @EJB
    WebhookDispatch dispatch;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void deliver() {
        dispatch.run();
    }

    @Schedule(hour = "*", minute = "41", persistent = false)
    void retention() {
        feed.removeExpired();
    }
}
