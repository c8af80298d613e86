package org.proserv.projects.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.proserv.kernel.money.Money;
import org.proserv.projects.schema.ProjectsEntity;

/** The payment of one invoice, recorded by staff or by the vendor's payment system. One per invoice, never changed. */
@Entity
@Table(name = "projects_payment")
public class Payment extends ProjectsEntity {

    static final int MAX_REFERENCE = 200;

    @Column(name = "invoice_id", nullable = false)
    private long invoiceId;

    @Column(name = "amount_cents", nullable = false)
    private long amountCents;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    /** The payment system's own reference (a transaction id), if it gave one. */
    @Column(length = MAX_REFERENCE)
    private String reference;

    @Column(name = "paid_at", nullable = false)
    private Instant paidAt;

    protected Payment() {}

    Payment(long invoiceId, Money amount, String recordedBy, String reference, Instant paidAt) {
        this.invoiceId = invoiceId;
        this.amountCents = amount.cents();
        this.currency = amount.currency();
        this.recordedBy = recordedBy;
        this.reference = reference == null || reference.isBlank() ? null : reference.strip();
        this.paidAt = paidAt;
    }

    public long invoiceId() {
        return invoiceId;
    }

    public Money amount() {
        return new Money(amountCents, currency);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public String reference() {
        return reference;
    }

    public Instant paidAt() {
        return paidAt;
    }
}
