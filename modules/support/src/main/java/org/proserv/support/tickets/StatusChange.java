package org.proserv.support.tickets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.proserv.support.schema.SupportEntity;

/** One entry of a ticket's history: who changed what, and when. Never changed once written. */
@Entity
@Table(name = "support_status_change")
public class StatusChange extends SupportEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @Column(name = "seq_no", nullable = false)
    private int seqNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private TicketStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private TicketStatus to;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(length = 500)
    private String note;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected StatusChange() {}

    StatusChange(
            Ticket ticket,
            int seqNo,
            TicketStatus from,
            TicketStatus to,
            String actor,
            String note,
            Instant changedAt) {
        this.ticket = ticket;
        this.seqNo = seqNo;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.note = note;
        this.changedAt = changedAt;
    }

    public int seqNo() {
        return seqNo;
    }

    public TicketStatus from() {
        return from;
    }

    public TicketStatus to() {
        return to;
    }

    public String actor() {
        return actor;
    }

    public String note() {
        return note;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
