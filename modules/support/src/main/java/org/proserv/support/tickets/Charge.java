package org.proserv.support.tickets;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Optional;
import org.proserv.support.charging.ChargeSource;

/**
 * What a ticket's incident costs and how it is paid: the category the dispatcher chose with its price in points, what
 * pays (subscription, package or points, chosen once), the points charged so far (the ledger has the entries) and,
 * while the customer's points fall short, how many are missing.
 */
@Embeddable
public class Charge {

    @Column(length = 40)
    private String category;

    /** The category's price in points, before any HotRush doubling. */
    @Column(name = "category_points")
    private Integer categoryPoints;

    @Column(name = "charged_points", nullable = false)
    private int chargedPoints;

    @Enumerated(EnumType.STRING)
    @Column(name = "charge_source", length = 20)
    private ChargeSource chargeSource;

    @Column(name = "awaiting_top_up_points")
    private Integer awaitingTopUpPoints;

    protected Charge() {}

    static Charge unclassified() {
        return new Charge();
    }

    /** Sets the category and its price; returns the note the ticket's history keeps. */
    String classify(String code, int price) {
        String note = category == null ? "classified as " + code : "reclassified from " + category + " to " + code;
        category = code;
        categoryPoints = price;
        return note + " (" + price + " points)";
    }

    /** The points the incident costs now: the category price, doubled while HotRush. */
    int total(boolean hotRush) {
        return categoryPoints == null ? 0 : (hotRush ? 2 * categoryPoints : categoryPoints);
    }

    /** The source paying for the ticket is chosen once, at the first classification. */
    void payWith(ChargeSource source) {
        if (chargeSource == null) {
            chargeSource = source;
        }
    }

    /**
     * Points fall short and another source now pays the whole incident. Returns the points charged so far, to give
     * back.
     */
    int payInsteadOfPoints(ChargeSource source, int total, Long ticketId) {
        if (chargeSource != ChargeSource.POINTS || source == ChargeSource.POINTS || chargedPoints >= total) {
            throw new IllegalStateException("ticket " + ticketId + " owes no points that " + source + " could pay");
        }
        chargeSource = source;
        return chargedPoints;
    }

    /** Points were charged (positive) or given back (negative). */
    void charged(int points, Long ticketId) {
        if (chargedPoints + points < 0) {
            throw new IllegalStateException("ticket " + ticketId + " charged below zero");
        }
        chargedPoints += points;
    }

    /** The HotRush part of what was charged in points: what dropping HotRush gives back. */
    int surcharge() {
        return chargeSource == ChargeSource.POINTS && categoryPoints != null
                ? Math.min(categoryPoints, chargedPoints)
                : 0;
    }

    void awaitTopUp(int missingPoints) {
        awaitingTopUpPoints = missingPoints;
    }

    void settled() {
        awaitingTopUpPoints = null;
    }

    /** Why a ticket that waited for a top-up goes on, in its history. */
    String settledNote() {
        if (chargeSource == ChargeSource.SUBSCRIPTION) {
            return "covered by the support subscription";
        }
        return chargeSource == ChargeSource.PACKAGE ? "paid by a one-incident package" : "points topped up";
    }

    public boolean classified() {
        return category != null;
    }

    public Optional<String> category() {
        return Optional.ofNullable(category);
    }

    public Optional<Integer> categoryPoints() {
        return Optional.ofNullable(categoryPoints);
    }

    public int chargedPoints() {
        return chargedPoints;
    }

    public Optional<ChargeSource> source() {
        return Optional.ofNullable(chargeSource);
    }

    public Optional<Integer> awaitingTopUpPoints() {
        return Optional.ofNullable(awaitingTopUpPoints);
    }
}
