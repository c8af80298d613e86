package org.proserv.rest.installations;

import java.time.Instant;
import java.util.List;
import org.proserv.installations.featured.FeaturedStatus;
import org.proserv.installations.featured.FeaturedStoreRequest;
import org.proserv.installations.orders.InstallationOrder;
import org.proserv.installations.orders.OrderChange;
import org.proserv.installations.orders.OrderKind;
import org.proserv.installations.orders.OrderMessage;
import org.proserv.installations.orders.OrderStatus;
import org.proserv.installations.orders.PaymentMethod;
import org.proserv.installations.orders.Software;
import org.proserv.rest.json.MoneyView;

/** The installations context as JSON: views of orders and featured-store requests, never the entities. */
final class InstallationViews {

    private InstallationViews() {}

    /**
     * An order. {@code pricePoints} is the price in points (null while a third-party installation is unpriced),
     * {@code price} the invoice's amount; {@code allowedNext} the statuses it may move to now.
     */
    public record OrderView(
            long id,
            OrderKind kind,
            String title,
            long customerId,
            Long ticketId,
            String details,
            Software software,
            PaymentMethod payment,
            Integer pricePoints,
            MoneyView price,
            Long invoiceId,
            OrderStatus status,
            Instant statusSince,
            List<OrderStatus> allowedNext,
            String engineer,
            Instant scheduledFor,
            Integer refundedPoints,
            MoneyView refundOwed,
            String placedBy,
            Instant placedAt) {

        static OrderView of(InstallationOrder o) {
            return new OrderView(
                    o.id(),
                    o.kind(),
                    o.title(),
                    o.customerId(),
                    o.ticketId(),
                    o.details(),
                    o.software().orElse(null),
                    o.payment(),
                    o.pricePoints(),
                    o.price().map(MoneyView::of).orElse(null),
                    o.invoiceId(),
                    o.status(),
                    o.statusSince(),
                    List.copyOf(o.status().next()),
                    o.engineer(),
                    o.scheduledFor(),
                    o.refundedPoints(),
                    o.refundOwed().map(MoneyView::of).orElse(null),
                    o.placedBy(),
                    o.placedAt());
        }
    }

    /** One change of an order: a status change, or an assignment (same status before and after). */
    public record ChangeView(int seq, OrderStatus from, OrderStatus to, String actor, String note, Instant at) {
        static ChangeView of(OrderChange c) {
            return new ChangeView(c.seqNo(), c.from(), c.to(), c.actor(), c.note(), c.changedAt());
        }
    }

    public record MessageView(long id, String author, boolean fromCustomer, String body, Instant at) {
        static MessageView of(OrderMessage m) {
            return new MessageView(m.id(), m.author(), m.fromCustomer(), m.body(), m.writtenAt());
        }
    }

    public record FeaturedRequestView(
            long id,
            long customerId,
            String storeUrl,
            String feedback,
            FeaturedStatus status,
            Instant submittedAt,
            String decidedBy,
            Instant decidedAt,
            String note) {
        static FeaturedRequestView of(FeaturedStoreRequest r) {
            return new FeaturedRequestView(
                    r.id(),
                    r.customerId(),
                    r.storeUrl(),
                    r.feedback(),
                    r.status(),
                    r.submittedAt(),
                    r.decidedBy(),
                    r.decidedAt(),
                    r.decisionNote());
        }
    }

    /** A store on the public list: its address and since when it is listed, nothing about its owner. */
    public record FeaturedStoreView(String storeUrl, Instant listedAt) {
        static FeaturedStoreView of(FeaturedStoreRequest r) {
            return new FeaturedStoreView(r.storeUrl(), r.decidedAt());
        }
    }
}
