package org.proserv.platform.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last feed position turned into deliveries; its one row serializes the fan-out across nodes. */
@Entity
@Table(name = "platform_webhook_fanout")
class FanOutCursor {

    @Id
    private Integer id;

    @Column(name = "last_position", nullable = false)
    private long lastPosition;

    protected FanOutCursor() {}

    long lastPosition() {
        return lastPosition;
    }

    void advanceTo(long position) {
        lastPosition = Math.max(lastPosition, position);
    }
}
