package org.proserv.projects.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.proserv.kernel.error.FieldError;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.money.Money;
import org.proserv.projects.schema.ProjectsEntity;

/**
 * An invoice to a customer for one subject: a part of a project's payment plan, or whatever another context bills (an
 * installation order). It is paid once, for exactly its amount; an unpaid one may be voided.
 */
@Entity
@Table(name = "projects_invoice")
public class Invoice extends ProjectsEntity {

    /** The subject type of a project's parts; the subject id is the project's. */
    public static final String PROJECT = "project";

    static final int MAX_SUBJECT_TYPE = 40;

    @Version
    private long version;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "subject_type", nullable = false, length = MAX_SUBJECT_TYPE)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    /** The quote whose plan this part belongs to; null for other contexts' invoices. */
    @Column(name = "quote_id")
    private Long quoteId;

    /** 1, 2... within its quote's plan; 1 for a single invoice. */
    @Column(name = "part_no", nullable = false)
    private int partNumber;

    @Column(nullable = false, length = 2000)
    private String scope;

    @Column(name = "amount_cents", nullable = false)
    private long amountCents;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InvoiceStatus status;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "voided_at")
    private Instant voidedAt;

    protected Invoice() {}

    public Invoice(
            long customerId,
            String subjectType,
            long subjectId,
            Long quoteId,
            int partNumber,
            String scope,
            Money amount,
            Instant now) {
        if (subjectType == null || subjectType.isBlank() || subjectType.length() > MAX_SUBJECT_TYPE) {
            throw ProservException.invalid("subjectType", "must be 1 to " + MAX_SUBJECT_TYPE + " characters");
        }
        if (scope == null || scope.isBlank()) {
            throw ProservException.invalid("scope", "is required");
        }
        if (amount.cents() <= 0) {
            throw ProservException.invalid("amount", "must be more than zero");
        }
        this.customerId = customerId;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.quoteId = quoteId;
        this.partNumber = partNumber;
        this.scope = scope;
        this.amountCents = amount.cents();
        this.currency = amount.currency();
        this.status = InvoiceStatus.ISSUED;
        this.issuedAt = now;
    }

    /**
     * Pays the invoice: only an issued one, and only with exactly its amount (no more, no less, in its currency). A
     * paid invoice is never paid again.
     */
    public void pay(Money paid, Instant now) {
        if (status == InvoiceStatus.PAID) {
            throw ProservException.conflict("Invoice " + id() + " was already paid at " + paidAt)
                    .with("rule", "invoice-already-paid");
        }
        if (status == InvoiceStatus.VOID) {
            throw ProservException.conflict("Invoice " + id() + " is void and cannot be paid")
                    .with("rule", "invoice-void");
        }
        if (!paid.equals(amount())) {
            throw new ProservException(
                            ProblemCategory.UNPROCESSABLE,
                            "A payment of invoice " + id() + " must be exactly the amount due, " + amount(),
                            List.of(new FieldError(
                                    "amount", "must be exactly the amount due, " + amount() + ", not " + paid)))
                    .with("rule", "exact-amount-due")
                    .with("amountDue", amount().toString());
        }
        status = InvoiceStatus.PAID;
        paidAt = now;
    }

    /** Withdraws an unpaid invoice; a paid one stays paid (409). Voiding a void one changes nothing. */
    public void voidUnpaid(Instant now) {
        if (status == InvoiceStatus.PAID) {
            throw ProservException.conflict("Invoice " + id() + " is paid and cannot be voided")
                    .with("rule", "invoice-already-paid");
        }
        if (status == InvoiceStatus.ISSUED) {
            status = InvoiceStatus.VOID;
            voidedAt = now;
        }
    }

    public long customerId() {
        return customerId;
    }

    public String subjectType() {
        return subjectType;
    }

    public long subjectId() {
        return subjectId;
    }

    public Long quoteId() {
        return quoteId;
    }

    public int partNumber() {
        return partNumber;
    }

    public String scope() {
        return scope;
    }

    public Money amount() {
        return new Money(amountCents, currency);
    }

    public InvoiceStatus status() {
        return status;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant paidAt() {
        return paidAt;
    }

    public Instant voidedAt() {
        return voidedAt;
    }
}
