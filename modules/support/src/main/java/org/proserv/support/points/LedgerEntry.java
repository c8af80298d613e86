package org.proserv.support.points;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.proserv.support.schema.SupportEntity;

/** One append-only line of a customer's points ledger, on one lot. Never changed or deleted. */
@Entity
@Table(name = "support_point_entry")
public class LedgerEntry extends SupportEntity {

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "lot_id", nullable = false)
    private long lotId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EntryKind kind;

    @Column(nullable = false)
    private int points;

    @Column(name = "ticket_id")
    private Long ticketId;

    /** What outside a ticket the points were for (an installation order), or null. */
    @Column(length = 80)
    private String reference;

    @Column(length = 500)
    private String note;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LedgerEntry() {}

    LedgerEntry(
            long customerId,
            long lotId,
            EntryKind kind,
            int points,
            Long ticketId,
            String reference,
            String note,
            String actor,
            Instant createdAt) {
        this.customerId = customerId;
        this.lotId = lotId;
        this.kind = kind;
        this.points = points;
        this.ticketId = ticketId;
        this.reference = reference;
        this.note = note;
        this.actor = actor;
        this.createdAt = createdAt;
    }

    public long customerId() {
        return customerId;
    }

    public long lotId() {
        return lotId;
    }

    public EntryKind kind() {
        return kind;
    }

    public int points() {
        return points;
    }

    public Long ticketId() {
        return ticketId;
    }

    public String reference() {
        return reference;
    }

    public String note() {
        return note;
    }

    public String actor() {
        return actor;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
