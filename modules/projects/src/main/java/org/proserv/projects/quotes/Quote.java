package org.proserv.projects.quotes;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.proserv.kernel.error.ProservException;
import org.proserv.projects.billing.BillingTerms;
import org.proserv.projects.requests.RequestKind;
import org.proserv.projects.schema.ProjectsEntity;

/**
 * A quote for a request: its versions v1, v2... (each revision supersedes the one before, which stays readable) and the
 * history of every version's status. Only the newest version, before its validUntil, can be accepted; once one is, the
 * quote never changes again: details outside it go into an additional quote of the project.
 */
@Entity
@Table(name = "projects_quote")
public class Quote extends ProjectsEntity {

    @Version
    private long version;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RequestKind kind;

    /** The project an additional quote belongs to; null for the quote that starts a project. */
    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "quote", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<QuoteVersion> versions = new ArrayList<>();

    @OneToMany(mappedBy = "quote", cascade = CascadeType.PERSIST)
    @OrderBy("changedAt, id")
    private List<QuoteHistory> history = new ArrayList<>();

    protected Quote() {}

    /** Writes and sends version 1. */
    public Quote(
            long requestId,
            long customerId,
            RequestKind kind,
            Long projectId,
            QuoteDraft draft,
            String author,
            QuoteTerms terms,
            BillingTerms billing,
            Instant now) {
        this.requestId = requestId;
        this.customerId = customerId;
        this.kind = kind;
        this.projectId = projectId;
        this.createdAt = now;
        addVersion(draft, author, terms, billing, now, projectId == null ? "sent" : "additional quote sent");
    }

    /** New details before payment: a new version, sent now; the one before is superseded and stays readable. */
    public QuoteVersion revise(
            QuoteDraft draft, String author, String note, QuoteTerms terms, BillingTerms billing, Instant now) {
        var accepted = versions.stream()
                .filter(v -> v.status() == QuoteStatus.ACCEPTED)
                .findFirst();
        if (accepted.isPresent()) {
            throw ProservException.conflict(
                            "Quote " + id() + " v" + accepted.get().number()
                                    + " was accepted and its payment plan fixed:"
                                    + " details outside it need an additional quote of the project")
                    .with("rule", "quote-accepted");
        }
        var previous = newest();
        previous.supersede(now);
        history.add(new QuoteHistory(this, previous.number(), QuoteStatus.SUPERSEDED, author, note, now));
        return addVersion(draft, author, terms, billing, now, note == null ? "revised" : note);
    }

    private QuoteVersion addVersion(
            QuoteDraft draft, String author, QuoteTerms terms, BillingTerms billing, Instant now, String note) {
        var next = new QuoteVersion(this, versions.size() + 1, draft, author, billing, now, terms.validUntil(now));
        versions.add(next);
        history.add(new QuoteHistory(this, next.number(), QuoteStatus.SENT, author, note, now));
        return next;
    }

    /**
     * Accepts version {@code number}: only the newest, and only strictly before its validUntil (at validUntil it has
     * expired, whether or not the expiry sweep has marked it yet). 409 naming the rule otherwise.
     */
    public QuoteVersion accept(int number, String actor, Instant now) {
        var asked = version(number);
        var newest = newest();
        if (newest.status() == QuoteStatus.ACCEPTED) {
            throw ProservException.conflict("Quote " + id() + " v" + newest.number() + " is already accepted")
                    .with("rule", "quote-already-accepted");
        }
        if (asked.number() != newest.number()) {
            throw ProservException.conflict("Quote " + id() + " v" + number + " is superseded by v" + newest.number()
                            + ": only the newest version can be accepted")
                    .with("rule", "quote-superseded")
                    .with("newestVersion", newest.number());
        }
        if (newest.expiredAt(now)) {
            throw ProservException.conflict("Quote " + id() + " v" + number + " expired at " + newest.validUntil()
                            + ": an expired quote cannot be accepted; ask for a revision")
                    .with("rule", "quote-expired")
                    .with("validUntil", newest.validUntil().toString());
        }
        newest.accept(now);
        history.add(new QuoteHistory(this, newest.number(), QuoteStatus.ACCEPTED, actor, null, now));
        return newest;
    }

    /** Records, in the history, that the expiry sweep marked this version expired. */
    void expired(int number, Instant now) {
        history.add(new QuoteHistory(this, number, QuoteStatus.EXPIRED, "system", "validity ended", now));
    }

    public QuoteVersion newest() {
        return versions.get(versions.size() - 1);
    }

    /** Version {@code number}; 404 when the quote has none such. */
    public QuoteVersion version(int number) {
        if (number < 1 || number > versions.size()) {
            throw ProservException.notFound("Version", "v" + number + " of quote " + id());
        }
        return versions.get(number - 1);
    }

    public List<QuoteVersion> versions() {
        return List.copyOf(versions);
    }

    public List<QuoteHistory> history() {
        return List.copyOf(history);
    }

    public long requestId() {
        return requestId;
    }

    public long customerId() {
        return customerId;
    }

    public RequestKind kind() {
        return kind;
    }

    public Long projectId() {
        return projectId;
    }

    public boolean additional() {
        return projectId != null;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
