package org.proserv.support.tickets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.proserv.support.schema.SupportEntity;

/** One message of a ticket's conversation, in either direction. Never changed once posted. */
@Entity
@Table(name = "support_message")
public class TicketMessage extends SupportEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @Column(name = "seq_no", nullable = false)
    private int seqNo;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(name = "from_staff", nullable = false)
    private boolean fromStaff;

    @Column(nullable = false, length = 20000)
    private String body;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected TicketMessage() {}

    TicketMessage(Ticket ticket, int seqNo, String author, boolean fromStaff, String body, Instant postedAt) {
        this.ticket = ticket;
        this.seqNo = seqNo;
        this.author = author;
        this.fromStaff = fromStaff;
        this.body = body;
        this.postedAt = postedAt;
    }

    public int seqNo() {
        return seqNo;
    }

    public String author() {
        return author;
    }

    public boolean fromStaff() {
        return fromStaff;
    }

    public String body() {
        return body;
    }

    public Instant postedAt() {
        return postedAt;
    }
}
