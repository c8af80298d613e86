package org.proserv.projects.quotes;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.money.Money;
import org.proserv.projects.billing.BillingTerms;
import org.proserv.projects.billing.PaymentPlan;
import org.proserv.projects.billing.PlanPart;
import org.proserv.projects.schema.ProjectsEntity;

/**
 * One version of a quote: its items and their exact total, the timeframe, the base it is built for, the payment parts
 * it defines, and when it was sent and stops being valid. Its content never changes; a revision is a new version.
 */
@Entity
@Table(name = "projects_quote_version")
public class QuoteVersion extends ProjectsEntity {

    static final int MAX_HOURS = 100_000;
    static final int MAX_TIMEFRAME_DAYS = 3650;

    @ManyToOne(optional = false)
    @JoinColumn(name = "quote_id")
    private Quote quote;

    @Column(name = "version_no", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuoteStatus status;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(name = "timeframe_days", nullable = false)
    private int timeframeDays;

    @Column(name = "base_product", nullable = false, length = 100)
    private String baseProduct;

    @Column(name = "base_version", nullable = false, length = 40)
    private String baseVersion;

    @Column(name = "base_skin", nullable = false, length = 200)
    private String baseSkin;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "projects_quote_module", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    @Column(name = "module", nullable = false, length = 200)
    private List<String> baseModules = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "projects_quote_item", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<QuoteItem> items = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "projects_quote_part", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<QuotedPart> parts = new ArrayList<>();

    @Column(name = "total_cents", nullable = false)
    private long totalCents;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "valid_until", nullable = false)
    private Instant validUntil;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    /** The claim of the expiry sweep that expired this version. */
    @Column(name = "expiry_claim", length = 36)
    private String expiryClaim;

    protected QuoteVersion() {}

    QuoteVersion(
            Quote quote,
            int number,
            QuoteDraft draft,
            String author,
            BillingTerms billing,
            Instant sentAt,
            Instant validUntil) {
        this.quote = quote;
        this.number = number;
        this.author = author;
        this.status = QuoteStatus.SENT;
        if (draft.items().isEmpty()) {
            throw ProservException.invalid("items", "a quote has at least one item");
        }
        Money total = null;
        for (int i = 0; i < draft.items().size(); i++) {
            var item = draft.items().get(i);
            String field = "items[" + i + "]";
            if (item.description() == null || item.description().isBlank()) {
                throw ProservException.invalid(field + ".description", "is required");
            }
            if (item.hours() == null || item.hours() < 0 || item.hours() > MAX_HOURS) {
                throw ProservException.invalid(field + ".hours", "must be a whole number from 0 to " + MAX_HOURS);
            }
            if (item.price() == null) {
                throw ProservException.invalid(field + ".price", "is required");
            }
            if (item.price().isNegative()) {
                throw ProservException.invalid(field + ".price", "must not be negative");
            }
            if (total != null && !total.currency().equals(item.price().currency())) {
                throw ProservException.invalid(
                        field + ".price", "must be in " + total.currency() + " as the items before it");
            }
            try {
                total = total == null ? item.price() : total.plus(item.price());
            } catch (ArithmeticException e) {
                throw ProservException.invalid("items", "the total is too large");
            }
            items.add(new QuoteItem(item.description().strip(), item.hours(), item.price()));
        }
        this.totalCents = total.cents();
        this.currency = total.currency();
        if (draft.timeframeDays() == null || draft.timeframeDays() < 1 || draft.timeframeDays() > MAX_TIMEFRAME_DAYS) {
            throw ProservException.invalid(
                    "timeframeDays", "must be a whole number of days from 1 to " + MAX_TIMEFRAME_DAYS);
        }
        this.timeframeDays = draft.timeframeDays();
        var base = draft.base();
        if (base == null) {
            throw ProservException.invalid("base", "is required: the version, modules and skin the work is for");
        }
        this.baseProduct = required("base.product", base.product());
        this.baseVersion = required("base.version", base.version());
        this.baseSkin = required("base.skin", base.skin());
        for (int i = 0; i < base.modules().size(); i++) {
            baseModules.add(required("base.modules[" + i + "]", base.modules().get(i)));
        }
        draft.parts().forEach(p -> parts.add(new QuotedPart(p)));
        // the plan is fixed at acceptance, but a quote that could not be paid is refused when it is written
        plan(billing);
        this.sentAt = sentAt;
        this.validUntil = validUntil;
        this.statusChangedAt = sentAt;
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProservException.invalid(field, "is required");
        }
        return value.strip();
    }

    /** How this version is paid if it is accepted ({@link PaymentPlan}). */
    public List<PlanPart> plan(BillingTerms billing) {
        return PaymentPlan.of(quote.kind(), total(), parts(), billing);
    }

    /** The status as of now: a SENT version at or after its validUntil reads EXPIRED before any sweep marks it. */
    public QuoteStatus statusAt(Instant now) {
        return status == QuoteStatus.SENT && expiredAt(now) ? QuoteStatus.EXPIRED : status;
    }

    /** Valid strictly before validUntil: at validUntil itself the version has expired, sweep or no sweep. */
    public boolean expiredAt(Instant now) {
        return status == QuoteStatus.EXPIRED || !now.isBefore(validUntil);
    }

    void supersede(Instant now) {
        status = QuoteStatus.SUPERSEDED;
        statusChangedAt = now;
    }

    void accept(Instant now) {
        status = QuoteStatus.ACCEPTED;
        statusChangedAt = now;
    }

    /**
     * What the quote states about its guarantee: the customization is made for this base, and not guaranteed for any
     * other version, module or skin.
     */
    public String guaranteeScope() {
        String modules =
                baseModules.isEmpty() ? "no add-on modules" : "the add-on modules " + String.join(", ", baseModules);
        return "This customization is made and guaranteed for " + baseProduct + " " + baseVersion + " with " + modules
                + " and the skin " + baseSkin + "; it is not guaranteed for any other version, module or skin.";
    }

    public Quote quote() {
        return quote;
    }

    public int number() {
        return number;
    }

    public QuoteStatus status() {
        return status;
    }

    public String author() {
        return author;
    }

    public int timeframeDays() {
        return timeframeDays;
    }

    public String baseProduct() {
        return baseProduct;
    }

    public String baseVersion() {
        return baseVersion;
    }

    public String baseSkin() {
        return baseSkin;
    }

    public List<String> baseModules() {
        return List.copyOf(baseModules);
    }

    public List<QuoteItem> items() {
        return List.copyOf(items);
    }

    public List<PlanPart> parts() {
        return parts.stream().map(QuotedPart::part).toList();
    }

    public Money total() {
        return new Money(totalCents, currency);
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }
}
