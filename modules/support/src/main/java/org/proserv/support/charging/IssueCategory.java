package org.proserv.support.charging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.proserv.kernel.error.ProservException;

/** A kind of incident with its price in points (docs/support.md, Issue categories and charging). */
@Entity
@Table(name = "support_category")
public class IssueCategory {

    @Id
    @Column(length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private int points;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Pricing pricing;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected IssueCategory() {}

    /**
     * The price of one incident of this category: the list price, or the price staff set where the category asks for
     * one.
     */
    public int priceFor(Integer staffPrice) {
        return switch (pricing) {
            case FIXED -> {
                if (staffPrice != null && staffPrice != points) {
                    throw ProservException.invalid("points", code + " has a fixed price of " + points + " points");
                }
                yield points;
            }
            case FROM -> {
                if (staffPrice == null || staffPrice < points) {
                    throw ProservException.invalid(
                            "points", code + " is priced by staff at " + points + " points or more");
                }
                yield staffPrice;
            }
            case ON_REQUEST -> {
                if (staffPrice == null || staffPrice < 0) {
                    throw ProservException.invalid("points", code + " is priced by staff: give the price in points");
                }
                yield staffPrice;
            }
        };
    }

    public void reprice(int newPoints, Pricing newPricing) {
        if (newPoints < 0) {
            throw ProservException.invalid("points", "must not be negative");
        }
        this.points = newPoints;
        this.pricing = newPricing;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public int points() {
        return points;
    }

    public Pricing pricing() {
        return pricing;
    }
}
