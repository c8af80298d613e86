package org.proserv.support.notices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.proserv.support.schema.SupportEntity;

/**
 * Something the customer is told: an entry of their inbox, written once by the rule that calls for it and never
 * changed. Delivery beyond the inbox (e-mail) reads from here.
 */
@Entity
@Table(name = "support_notice")
public class Notice extends SupportEntity {

    public enum Kind {
        /** A lot with points left expires within the warning window. */
        POINTS_EXPIRING,
        /** No feedback for long: the ticket was pre-closed and will close by itself. */
        TICKET_PRE_CLOSED,
        /** The ticket's charge exceeds the points available: it waits for a top-up. */
        TICKET_AWAITING_TOP_UP
    }

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "lot_id")
    private Long lotId;

    @Column
    private Integer points;

    @Column(nullable = false, length = 500)
    private String message;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Notice() {}

    private Notice(long customerId, Kind kind, Long ticketId, Long lotId, Integer points, String message, Instant at) {
        this.customerId = customerId;
        this.kind = kind;
        this.ticketId = ticketId;
        this.lotId = lotId;
        this.points = points;
        this.message = message;
        this.createdAt = at;
    }

    public static Notice pointsExpiring(long customerId, long lotId, int points, Instant expiresAt, Instant now) {
        return new Notice(
                customerId,
                Kind.POINTS_EXPIRING,
                null,
                lotId,
                points,
                points + " support points of lot " + lotId + " expire at " + expiresAt,
                now);
    }

    public static Notice ticketPreClosed(long customerId, long ticketId, Instant closesAt, Instant now) {
        return new Notice(
                customerId,
                Kind.TICKET_PRE_CLOSED,
                ticketId,
                null,
                null,
                "Ticket " + ticketId + " was pre-closed for lack of feedback; it closes by itself at " + closesAt
                        + " unless you answer",
                now);
    }

    public static Notice ticketAwaitingTopUp(long customerId, long ticketId, int missingPoints, Instant now) {
        return new Notice(
                customerId,
                Kind.TICKET_AWAITING_TOP_UP,
                ticketId,
                null,
                missingPoints,
                "Ticket " + ticketId + " needs " + missingPoints + " more support points; work starts once you top up",
                now);
    }

    public long customerId() {
        return customerId;
    }

    public Kind kind() {
        return kind;
    }

    public Long ticketId() {
        return ticketId;
    }

    public Long lotId() {
        return lotId;
    }

    public Integer points() {
        return points;
    }

    public String message() {
        return message;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
