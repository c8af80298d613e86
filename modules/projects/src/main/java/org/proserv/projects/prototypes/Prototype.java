package org.proserv.projects.prototypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.money.Money;
import org.proserv.projects.design.WebAddress;
import org.proserv.projects.schema.ProjectsEntity;

/**
 * A ready design in the catalogue. Purchases and the buyout change its row only through the conditional updates of
 * {@link Prototypes}, which hold the rule under concurrency; this class says what a purchase costs and who may buy.
 */
@Entity
@Table(name = "projects_prototype")
public class Prototype extends ProjectsEntity {

    static final int MAX_NAME = 200;

    @Version
    private long version;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "preview_url", nullable = false, length = WebAddress.MAX)
    private String previewUrl;

    @Column(name = "price_cents", nullable = false)
    private long priceCents;

    @Column(name = "buyout_cents", nullable = false)
    private long buyoutCents;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PrototypeStatus status;

    @Column(name = "purchase_count", nullable = false)
    private int purchaseCount;

    @Column(name = "bought_out_by")
    private Long boughtOutBy;

    @Column(name = "bought_out_at")
    private Instant boughtOutAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Prototype() {}

    public Prototype(PrototypeDraft draft, String createdBy, Instant now) {
        if (draft.name() == null || draft.name().isBlank() || draft.name().length() > MAX_NAME) {
            throw ProservException.invalid("name", "must be 1 to " + MAX_NAME + " characters");
        }
        WebAddress.require("previewUrl", draft.previewUrl());
        if (draft.price() == null || draft.price().cents() <= 0) {
            throw ProservException.invalid("price", "must be more than zero");
        }
        if (draft.buyoutPrice() == null) {
            throw ProservException.invalid("buyoutPrice", "is required");
        }
        if (!draft.buyoutPrice().currency().equals(draft.price().currency())) {
            throw ProservException.invalid(
                    "buyoutPrice.currency",
                    "must be the price's currency, " + draft.price().currency());
        }
        if (!draft.buyoutPrice().isGreaterThan(draft.price())) {
            throw ProservException.invalid(
                    "buyoutPrice", "must be more than the price, " + draft.price() + ": it buys unlimited use");
        }
        this.name = draft.name().trim();
        this.previewUrl = draft.previewUrl();
        this.priceCents = draft.price().cents();
        this.buyoutCents = draft.buyoutPrice().cents();
        this.currency = draft.price().currency();
        this.status = PrototypeStatus.LISTED;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** What a purchase of this kind pays. */
    public Money priceOf(PurchaseKind kind) {
        return kind == PurchaseKind.BUYOUT ? buyoutPrice() : price();
    }

    /** Nobody buys, either way, a prototype that is gone. */
    public void requireListed() {
        if (status != PrototypeStatus.LISTED) {
            throw gone(id());
        }
    }

    /** Who bought it out, and when: set once, by the purchase whose conditional update took it out of the catalogue. */
    void boughtOutBy(long customerId, Instant now) {
        if (boughtOutBy != null) {
            throw gone(id());
        }
        this.status = PrototypeStatus.BOUGHT_OUT;
        this.boughtOutBy = customerId;
        this.boughtOutAt = now;
    }

    static ProservException gone(Long id) {
        return ProservException.conflict("Prototype " + id + " was bought out and is no longer in the catalogue")
                .with("rule", "prototype-bought-out");
    }

    public String name() {
        return name;
    }

    public String previewUrl() {
        return previewUrl;
    }

    public Money price() {
        return new Money(priceCents, currency);
    }

    public Money buyoutPrice() {
        return new Money(buyoutCents, currency);
    }

    public PrototypeStatus status() {
        return status;
    }

    public boolean listed() {
        return status == PrototypeStatus.LISTED;
    }

    public int purchaseCount() {
        return purchaseCount;
    }

    public Long boughtOutBy() {
        return boughtOutBy;
    }

    public Instant boughtOutAt() {
        return boughtOutAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
