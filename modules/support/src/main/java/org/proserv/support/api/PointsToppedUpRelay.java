package org.proserv.support.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.proserv.support.points.PointsAdded;

/** Publishes the ledger's top-ups as {@link PointsToppedUp}, in the same transaction (a synchronous observer). */
@ApplicationScoped
public class PointsToppedUpRelay {

    @Inject
    Event<PointsToppedUp> toppedUp;

    void relay(@Observes PointsAdded added) {
        toppedUp.fire(new PointsToppedUp(added.customerId(), added.points(), added.at()));
    }
}
