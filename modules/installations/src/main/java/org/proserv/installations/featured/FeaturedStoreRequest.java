package org.proserv.installations.featured;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.proserv.installations.orders.WebAddress;
import org.proserv.installations.schema.InstallationsEntity;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;

/**
 * A customer's live store asking to be listed among the featured stores. Staff accept or decline it once, with a note;
 * a request guarantees no listing. Accepted ones are listed publicly.
 */
@Entity
@Table(name = "installations_featured_store")
public class FeaturedStoreRequest extends InstallationsEntity {

    public static final int MAX_URL = 500;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "store_url", nullable = false, length = MAX_URL)
    private String storeUrl;

    @Column(length = 2000)
    private String feedback;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FeaturedStatus status;

    @Column(name = "submitted_by", nullable = false, length = 64)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 2000)
    private String decisionNote;

    protected FeaturedStoreRequest() {}

    /** Only a customer asks, for their own store, at an absolute http(s) address. */
    public FeaturedStoreRequest(Actor actor, String storeUrl, String feedback, Instant now) {
        actor.requireCustomer("ask to have their store featured");
        this.customerId = actor.customerId();
        this.storeUrl = WebAddress.require("storeUrl", storeUrl);
        this.feedback = feedback;
        this.status = FeaturedStatus.SUBMITTED;
        this.submittedBy = actor.username();
        this.submittedAt = now;
    }

    public void accept(Actor actor, String note, Instant now) {
        decide(FeaturedStatus.ACCEPTED, actor, note, now);
    }

    public void decline(Actor actor, String note, Instant now) {
        decide(FeaturedStatus.DECLINED, actor, note, now);
    }

    private void decide(FeaturedStatus decision, Actor actor, String note, Instant now) {
        actor.requireStaff("decide featured-store requests");
        if (status != FeaturedStatus.SUBMITTED) {
            throw ProservException.conflict("Featured-store request " + id() + " was " + status + " already")
                    .with("currentStatus", status.name());
        }
        this.status = decision;
        this.decidedBy = actor.username();
        this.decidedAt = now;
        this.decisionNote = note;
    }

    public long customerId() {
        return customerId;
    }

    public String storeUrl() {
        return storeUrl;
    }

    public String feedback() {
        return feedback;
    }

    public FeaturedStatus status() {
        return status;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionNote() {
        return decisionNote;
    }
}
