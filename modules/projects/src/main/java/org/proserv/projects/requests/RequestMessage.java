package org.proserv.projects.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.proserv.projects.schema.ProjectsEntity;

/** One message of a request's preliminary discussion, from the customer or from staff. Never changed once posted. */
@Entity
@Table(name = "projects_request_message")
public class RequestMessage extends ProjectsEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id")
    private QuoteRequest request;

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

    protected RequestMessage() {}

    RequestMessage(QuoteRequest request, int seqNo, String author, boolean fromStaff, String body, Instant postedAt) {
        this.request = request;
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
