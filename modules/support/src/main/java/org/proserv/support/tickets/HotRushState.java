package org.proserv.support.tickets;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Optional;
import org.proserv.support.charging.HotRushRemoval;

/** Whether a ticket is HotRush, and if staff took it away, for which reason the customer is shown. */
@Embeddable
public class HotRushState {

    @Column(name = "hot_rush", nullable = false)
    private boolean active;

    @Enumerated(EnumType.STRING)
    @Column(name = "hot_rush_removed_reason", length = 40)
    private HotRushRemoval removedReason;

    @Column(name = "hot_rush_removed_note", length = 500)
    private String removedNote;

    protected HotRushState() {}

    static HotRushState requested(boolean hotRush) {
        var state = new HotRushState();
        state.active = hotRush;
        return state;
    }

    /** Unchecked or withdrawn by the customer. */
    HotRushState dropped() {
        return requested(false);
    }

    /** Taken away by staff, with the reason (and an optional note) the customer sees. */
    HotRushState removed(HotRushRemoval reason, String note) {
        var state = requested(false);
        state.removedReason = reason;
        state.removedNote = note;
        return state;
    }

    public boolean active() {
        return active;
    }

    public Optional<HotRushRemoval> removedReason() {
        return Optional.ofNullable(removedReason);
    }

    public Optional<String> removedNote() {
        return Optional.ofNullable(removedNote);
    }
}
