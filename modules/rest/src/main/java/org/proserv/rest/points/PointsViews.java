package org.proserv.rest.points;

import java.time.Instant;
import java.util.List;
import org.proserv.rest.json.MoneyView;
import org.proserv.support.charging.IncidentPackage;
import org.proserv.support.charging.IssueCategory;
import org.proserv.support.charging.Pricing;
import org.proserv.support.points.EntryKind;
import org.proserv.support.points.LedgerEntry;
import org.proserv.support.points.LotOrigin;
import org.proserv.support.points.PointLot;
import org.proserv.support.points.PointPack;
import org.proserv.support.points.Wallet;

/** What points, packs and categories look like to API clients; prices as {@link MoneyView}, as stored. */
public final class PointsViews {

    private PointsViews() {}

    public record PackView(long id, int points, MoneyView price) {
        static PackView of(PointPack p) {
            return new PackView(p.id(), p.points(), MoneyView.of(p.price()));
        }
    }

    public record LotView(
            long id,
            LotOrigin origin,
            int points,
            int remaining,
            MoneyView price,
            Instant purchasedAt,
            Instant expiresAt,
            boolean expired) {
        static LotView of(PointLot lot, int remaining, Instant now) {
            return new LotView(
                    lot.id(),
                    lot.origin(),
                    lot.points(),
                    remaining,
                    MoneyView.of(lot.price()),
                    lot.purchasedAt(),
                    lot.expiresAt(),
                    lot.expiredAt(now));
        }

        static LotView of(Wallet.LotBalance balance, Instant now) {
            return of(balance.lot(), balance.remaining(), now);
        }
    }

    public record BalanceView(long customerId, int balance, int available, List<LotView> lots) {}

    /** One ledger entry; {@code reference} names what outside a ticket it was for (an installation order). */
    public record EntryView(
            long id,
            EntryKind kind,
            int points,
            long lotId,
            Long ticketId,
            String reference,
            String note,
            String actor,
            Instant at) {
        static EntryView of(LedgerEntry e) {
            return new EntryView(
                    e.id(),
                    e.kind(),
                    e.points(),
                    e.lotId(),
                    e.ticketId(),
                    e.reference(),
                    e.note(),
                    e.actor(),
                    e.createdAt());
        }
    }

    public record PackageView(
            long id, boolean urgent, MoneyView price, Instant purchasedAt, Long usedByTicket, Instant usedAt) {
        static PackageView of(IncidentPackage p) {
            return new PackageView(
                    p.id(), p.urgent(), MoneyView.of(p.price()), p.purchasedAt(), p.ticketId(), p.usedAt());
        }
    }

    public record CategoryView(String code, String name, int points, Pricing pricing) {
        static CategoryView of(IssueCategory c) {
            return new CategoryView(c.code(), c.name(), c.points(), c.pricing());
        }
    }
}
