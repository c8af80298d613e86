package org.proserv.platform.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last feed position given: its one row is the publisher's lock, so positions are given one batch at a time. */
@Entity
@Table(name = "platform_event_feed")
class FeedCounter {

    @Id
    private Integer id;

    @Column(name = "last_position", nullable = false)
    private long lastPosition;

    protected FeedCounter() {}

    long lastPosition() {
        return lastPosition;
    }

    void advanceTo(long position) {
        if (position < lastPosition) {
            throw new IllegalArgumentException("feed positions only grow");
        }
        lastPosition = position;
    }
}
