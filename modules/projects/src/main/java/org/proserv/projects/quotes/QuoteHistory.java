package org.proserv.projects.quotes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.proserv.projects.schema.ProjectsEntity;

/** One status a quote version took: which version, who, when, and why. Never changed once written. */
@Entity
@Table(name = "projects_quote_history")
public class QuoteHistory extends ProjectsEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "quote_id")
    private Quote quote;

    @Column(name = "version_no", nullable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuoteStatus status;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(length = 500)
    private String note;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected QuoteHistory() {}

    QuoteHistory(Quote quote, int versionNumber, QuoteStatus status, String actor, String note, Instant changedAt) {
        this.quote = quote;
        this.versionNumber = versionNumber;
        this.status = status;
        this.actor = actor;
        this.note = note;
        this.changedAt = changedAt;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public QuoteStatus status() {
        return status;
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
