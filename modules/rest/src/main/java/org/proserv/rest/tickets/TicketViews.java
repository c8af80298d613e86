package org.proserv.rest.tickets;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.proserv.support.charging.ChargeSource;
import org.proserv.support.charging.HotRushRemoval;
import org.proserv.support.points.LedgerEntry;
import org.proserv.support.tickets.ResponseKind;
import org.proserv.support.tickets.SlaBreach;
import org.proserv.support.tickets.SlaState;
import org.proserv.support.tickets.StatusChange;
import org.proserv.support.tickets.Ticket;
import org.proserv.support.tickets.TicketMessage;
import org.proserv.support.tickets.TicketRead;
import org.proserv.support.tickets.TicketStatus;

/** What a ticket looks like to API clients. */
public final class TicketViews {

    private TicketViews() {}

    public record MessageView(int seq, String author, boolean fromStaff, String body, Instant postedAt) {
        static MessageView of(TicketMessage m) {
            return new MessageView(m.seqNo(), m.author(), m.fromStaff(), m.body(), m.postedAt());
        }
    }

    /**
     * A missed deadline: what was due and when, when it was found, and once the answer came, when and how late
     * (wall-clock and in open hours).
     */
    public record BreachView(
            ResponseKind kind,
            Instant dueAt,
            Instant detectedAt,
            Duration overdueAtDetection,
            Instant answeredAt,
            Duration lateBy,
            Duration lateByBusinessTime) {
        static BreachView of(SlaBreach b) {
            return new BreachView(
                    b.kind(),
                    b.dueAt(),
                    b.detectedAt(),
                    b.overdueAtDetection(),
                    b.answeredAt().orElse(null),
                    b.lateBy().orElse(null),
                    b.lateByBusinessTime().orElse(null));
        }
    }

    public record HistoryView(int seq, TicketStatus from, TicketStatus to, String actor, String note, Instant at) {
        static HistoryView of(StatusChange c) {
            return new HistoryView(c.seqNo(), c.from(), c.to(), c.actor(), c.note(), c.changedAt());
        }
    }

    public record SlaView(
            SlaState state,
            Instant firstResponseDueAt,
            Instant firstResponseAt,
            Duration firstResponseBusinessTime,
            Instant nextResponseDueAt,
            ResponseKind nextResponseKind,
            List<BreachView> breaches) {}

    /** A ticket in a list: no conversation. */
    public record TicketSummary(
            long id,
            long customerId,
            long licenceId,
            String product,
            String productVersion,
            String subject,
            TicketStatus status,
            boolean hotRush,
            String engineer,
            Instant submittedAt,
            SlaState slaState,
            Instant responseDueAt) {
        static TicketSummary of(Ticket t, Instant now) {
            return new TicketSummary(
                    t.id(),
                    t.customerId(),
                    t.licenceId(),
                    t.product(),
                    t.productVersion(),
                    t.subject(),
                    t.status(),
                    t.hotRush(),
                    t.engineer().orElse(null),
                    t.submittedAt(),
                    t.slaState(now),
                    t.deadlines().responseDueAt().orElse(null));
        }
    }

    /** What the incident costs and what pays for it. */
    public record ChargeView(
            String category,
            Integer categoryPoints,
            int totalPoints,
            int chargedPoints,
            ChargeSource source,
            Integer awaitingTopUpPoints,
            List<ChargeEntryView> entries) {}

    public record ChargeEntryView(String kind, int points, long lotId, Instant at, String note) {
        static ChargeEntryView of(LedgerEntry e) {
            return new ChargeEntryView(e.kind().name(), e.points(), e.lotId(), e.createdAt(), e.note());
        }
    }

    public record HotRushView(boolean active, HotRushRemoval removedReason, String removedNote) {}

    public record LiveChatView(String tool, String contactId, Instant preferredAt) {}

    /** The ticket's product version as the releases catalogue labels it today. */
    public record VersionLabel(String status, String upgradeTo) {}

    /** A ticket read on its own: with its SLA, breaches and whole conversation in order. */
    public record TicketDetail(
            long id,
            long customerId,
            long licenceId,
            String product,
            String productVersion,
            String subject,
            TicketStatus status,
            String engineer,
            Instant submittedAt,
            VersionLabel versionLabel,
            Instant customerConfirmedAt,
            Instant preClosedAt,
            Instant closedAt,
            HotRushView hotRush,
            ChargeView charge,
            LiveChatView liveChat,
            SlaView sla,
            List<MessageView> messages) {
        static TicketDetail of(TicketRead read, VersionLabel label, Instant now) {
            Ticket t = read.ticket();
            List<SlaBreach> breaches = read.breaches();
            List<LedgerEntry> charges = read.charges();
            var deadlines = t.deadlines();
            var sla = new SlaView(
                    t.slaState(now),
                    deadlines.firstResponseDueAt(),
                    deadlines.firstResponseAt().orElse(null),
                    deadlines.firstResponseBusinessTime().orElse(null),
                    deadlines.responseDueAt().orElse(null),
                    deadlines.responseDueKind().orElse(null),
                    breaches.stream().map(BreachView::of).toList());
            var hotRush = t.hotRushState();
            var charge = t.charge();
            return new TicketDetail(
                    t.id(),
                    t.customerId(),
                    t.licenceId(),
                    t.product(),
                    t.productVersion(),
                    t.subject(),
                    t.status(),
                    t.engineer().orElse(null),
                    t.submittedAt(),
                    label,
                    t.customerConfirmedAt().orElse(null),
                    t.preClosedAt().orElse(null),
                    t.closedAt().orElse(null),
                    new HotRushView(
                            hotRush.active(),
                            hotRush.removedReason().orElse(null),
                            hotRush.removedNote().orElse(null)),
                    new ChargeView(
                            charge.category().orElse(null),
                            charge.categoryPoints().orElse(null),
                            t.totalCharge(),
                            charge.chargedPoints(),
                            charge.source().orElse(null),
                            charge.awaitingTopUpPoints().orElse(null),
                            charges.stream().map(ChargeEntryView::of).toList()),
                    t.liveChat()
                            .map(chat -> new LiveChatView(chat.tool(), chat.contactId(), chat.at()))
                            .orElse(null),
                    sla,
                    read.messages().stream().map(MessageView::of).toList());
        }
    }

    static List<HistoryView> history(TicketRead read) {
        return read.history().stream().map(HistoryView::of).toList();
    }
}
