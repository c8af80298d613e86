package org.proserv.rest.projects;

import java.time.Instant;
import java.util.List;
import org.proserv.projects.billing.BillingTerms;
import org.proserv.projects.billing.Invoice;
import org.proserv.projects.billing.InvoiceStatus;
import org.proserv.projects.billing.Payment;
import org.proserv.projects.billing.PlanPart;
import org.proserv.projects.project.Project;
import org.proserv.projects.quotes.Acceptance;
import org.proserv.projects.quotes.Quote;
import org.proserv.projects.quotes.QuoteHistory;
import org.proserv.projects.quotes.QuoteItem;
import org.proserv.projects.quotes.QuoteStatus;
import org.proserv.projects.quotes.QuoteVersion;
import org.proserv.projects.requests.QuoteRequest;
import org.proserv.projects.requests.RequestKind;
import org.proserv.projects.requests.RequestMessage;
import org.proserv.rest.json.MoneyView;

/** What requests, quotes, projects and invoices look like to API clients; money as {@link MoneyView}. */
public final class ProjectViews {

    private ProjectViews() {}

    public record CustomizationView(String by, String what) {}

    public record RequestView(
            long id,
            long customerId,
            RequestKind kind,
            String title,
            String desiredFeatures,
            String workflows,
            List<String> integrationManuals,
            String storeUrl,
            String product,
            String productVersion,
            List<String> similarSites,
            List<String> otherPrograms,
            List<CustomizationView> earlierCustomizations,
            String createdBy,
            Instant createdAt,
            List<MessageView> messages) {
        static RequestView of(QuoteRequest r) {
            return new RequestView(
                    r.id(),
                    r.customerId(),
                    r.kind(),
                    r.title(),
                    r.desiredFeatures(),
                    r.workflows(),
                    r.integrationManuals(),
                    r.storeUrl(),
                    r.product(),
                    r.productVersion(),
                    r.similarSites(),
                    r.otherPrograms(),
                    r.earlierCustomizations().stream()
                            .map(c -> new CustomizationView(c.madeBy(), c.description()))
                            .toList(),
                    r.createdBy(),
                    r.createdAt(),
                    r.messages().stream().map(MessageView::of).toList());
        }
    }

    public record RequestSummary(
            long id,
            long customerId,
            RequestKind kind,
            String title,
            String product,
            String productVersion,
            Instant createdAt) {
        static RequestSummary of(QuoteRequest r) {
            return new RequestSummary(
                    r.id(), r.customerId(), r.kind(), r.title(), r.product(), r.productVersion(), r.createdAt());
        }
    }

    public record MessageView(int seq, String author, boolean fromStaff, String body, Instant postedAt) {
        static MessageView of(RequestMessage m) {
            return new MessageView(m.seqNo(), m.author(), m.fromStaff(), m.body(), m.postedAt());
        }
    }

    public record ItemView(String description, int hours, MoneyView price) {
        static ItemView of(QuoteItem i) {
            return new ItemView(i.description(), i.hours(), MoneyView.of(i.price()));
        }
    }

    public record PartView(String scope, MoneyView amount) {
        static PartView of(PlanPart p) {
            return new PartView(p.scope(), MoneyView.of(p.amount()));
        }
    }

    public record BaseView(String product, String version, List<String> modules, String skin) {}

    /**
     * One version in full. {@code parts} are those the quote defines; {@code paymentPlan} is how it would be paid if
     * accepted, fixed at acceptance.
     */
    public record VersionView(
            int number,
            QuoteStatus status,
            String author,
            List<ItemView> items,
            MoneyView total,
            int timeframeDays,
            BaseView base,
            String guaranteeScope,
            List<PartView> parts,
            List<PartView> paymentPlan,
            Instant sentAt,
            Instant validUntil,
            Instant statusChangedAt) {
        static VersionView of(QuoteVersion v, BillingTerms billing, Instant now) {
            return new VersionView(
                    v.number(),
                    v.statusAt(now),
                    v.author(),
                    v.items().stream().map(ItemView::of).toList(),
                    MoneyView.of(v.total()),
                    v.timeframeDays(),
                    new BaseView(v.baseProduct(), v.baseVersion(), v.baseModules(), v.baseSkin()),
                    v.guaranteeScope(),
                    v.parts().stream().map(PartView::of).toList(),
                    v.plan(billing).stream().map(PartView::of).toList(),
                    v.sentAt(),
                    v.validUntil(),
                    v.statusChangedAt());
        }
    }

    public record VersionSummary(int number, QuoteStatus status, MoneyView total, Instant sentAt, Instant validUntil) {
        static VersionSummary of(QuoteVersion v, Instant now) {
            return new VersionSummary(v.number(), v.statusAt(now), MoneyView.of(v.total()), v.sentAt(), v.validUntil());
        }
    }

    public record HistoryView(int version, QuoteStatus status, String actor, String note, Instant at) {
        static HistoryView of(QuoteHistory h) {
            return new HistoryView(h.versionNumber(), h.status(), h.actor(), h.note(), h.changedAt());
        }
    }

    /** A quote with its newest version in full, every version in brief, and the history of their statuses. */
    public record QuoteView(
            long id,
            long requestId,
            long customerId,
            RequestKind kind,
            Long projectId,
            boolean additional,
            QuoteStatus status,
            VersionView newest,
            List<VersionSummary> versions,
            List<HistoryView> history) {
        static QuoteView of(Quote q, BillingTerms billing, Instant now) {
            var newest = q.newest();
            return new QuoteView(
                    q.id(),
                    q.requestId(),
                    q.customerId(),
                    q.kind(),
                    q.projectId(),
                    q.additional(),
                    newest.statusAt(now),
                    VersionView.of(newest, billing, now),
                    q.versions().stream().map(v -> VersionSummary.of(v, now)).toList(),
                    q.history().stream().map(HistoryView::of).toList());
        }
    }

    public record QuoteSummary(
            long id,
            long requestId,
            long customerId,
            RequestKind kind,
            Long projectId,
            int version,
            QuoteStatus status,
            MoneyView total,
            Instant validUntil) {
        static QuoteSummary of(Quote q, Instant now) {
            var v = q.newest();
            return new QuoteSummary(
                    q.id(),
                    q.requestId(),
                    q.customerId(),
                    q.kind(),
                    q.projectId(),
                    v.number(),
                    v.statusAt(now),
                    MoneyView.of(v.total()),
                    v.validUntil());
        }
    }

    public record ProjectView(
            long id, long customerId, long requestId, RequestKind kind, long quoteId, Instant acceptedAt) {
        static ProjectView of(Project p) {
            return new ProjectView(p.id(), p.customerId(), p.requestId(), p.kind(), p.quoteId(), p.acceptedAt());
        }
    }

    public record InvoiceView(
            long id,
            long customerId,
            String subjectType,
            long subjectId,
            Long quoteId,
            int part,
            String scope,
            MoneyView amount,
            InvoiceStatus status,
            Instant issuedAt,
            Instant paidAt,
            Instant voidedAt) {
        static InvoiceView of(Invoice i) {
            return new InvoiceView(
                    i.id(),
                    i.customerId(),
                    i.subjectType(),
                    i.subjectId(),
                    i.quoteId(),
                    i.partNumber(),
                    i.scope(),
                    MoneyView.of(i.amount()),
                    i.status(),
                    i.issuedAt(),
                    i.paidAt(),
                    i.voidedAt());
        }
    }

    public record PaymentView(
            long id, long invoiceId, MoneyView amount, String recordedBy, String reference, Instant paidAt) {
        static PaymentView of(Payment p) {
            return new PaymentView(
                    p.id(), p.invoiceId(), MoneyView.of(p.amount()), p.recordedBy(), p.reference(), p.paidAt());
        }
    }

    /** An invoice with its payment, once there is one. */
    public record InvoiceDetail(InvoiceView invoice, PaymentView payment) {}

    public record AcceptanceView(long quoteId, int version, ProjectView project, List<InvoiceView> invoices) {
        static AcceptanceView of(Acceptance a) {
            return new AcceptanceView(
                    a.quote().id(),
                    a.version().number(),
                    ProjectView.of(a.project()),
                    a.invoices().stream().map(InvoiceView::of).toList());
        }
    }

    /** A project with its quotes (the first and any additional ones) and its invoices. */
    public record ProjectDetail(ProjectView project, List<QuoteSummary> quotes, List<InvoiceView> invoices) {}
}
