package org.proserv.support.tickets;

import static org.proserv.support.tickets.TicketStatus.ASSIGNED;
import static org.proserv.support.tickets.TicketStatus.AWAITING_TOP_UP;
import static org.proserv.support.tickets.TicketStatus.CLOSED;
import static org.proserv.support.tickets.TicketStatus.IN_PROGRESS;
import static org.proserv.support.tickets.TicketStatus.PRE_CLOSED;
import static org.proserv.support.tickets.TicketStatus.SUBMITTED;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.support.charging.ChargeSource;
import org.proserv.support.charging.HotRushRemoval;
import org.proserv.support.schema.SupportEntity;

/**
 * A support ticket: one incident, however long its conversation. It owns its lifecycle, its messages and its history;
 * its deadlines, its charge, its HotRush state and its live chat are values of their own ({@link Deadlines},
 * {@link Charge}, {@link HotRushState}, {@link LiveChat}).
 */
@Entity
@Table(name = "support_ticket")
public class Ticket extends SupportEntity {

    @Version
    private long version;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "licence_id", nullable = false)
    private long licenceId;

    @Column(nullable = false, length = 100)
    private String product;

    @Column(name = "product_version", nullable = false, length = 40)
    private String productVersion;

    @Column(nullable = false, length = 200)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TicketStatus status;

    @Column(length = 64)
    private String engineer;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Embedded
    private Deadlines deadlines;

    @Embedded
    private Charge charge;

    @Embedded
    private HotRushState hotRush;

    /** Null until a live chat is asked for. */
    @Embedded
    private LiveChat liveChat;

    /** The claim of the status sweep that last moved this ticket. */
    @Column(name = "sweep_claim", length = 36)
    private String sweepClaim;

    /** Since when staff wait for the customer (the last message was staff's); null otherwise. */
    @Column(name = "awaiting_customer_since")
    private Instant awaitingCustomerSince;

    @Column(name = "customer_confirmed_at")
    private Instant customerConfirmedAt;

    @Column(name = "pre_closed_at")
    private Instant preClosedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** When the customer last reopened the ticket; the follow-up deadline counts from it. */
    @Column(name = "reopened_at")
    private Instant reopenedAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_top_up", length = 20)
    private TicketStatus statusBeforeTopUp;

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
    @OrderBy("seqNo")
    private List<TicketMessage> messages = new ArrayList<>();

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
    @OrderBy("seqNo")
    private List<StatusChange> history = new ArrayList<>();

    protected Ticket() {}

    /**
     * A customer's new ticket, queued with its first-response deadline: one business day, or two business hours for
     * HotRush (whose eligibility the caller has checked).
     */
    public Ticket(
            long customerId,
            long licenceId,
            String product,
            String productVersion,
            String subject,
            String firstMessage,
            boolean hotRush,
            Actor customer,
            Instant now,
            SupportTerms terms) {
        this.customerId = customerId;
        this.licenceId = licenceId;
        this.product = product;
        this.productVersion = productVersion;
        this.subject = subject;
        this.submittedAt = now;
        this.hotRush = HotRushState.requested(hotRush);
        this.deadlines = Deadlines.firstResponseDue(terms.firstResponseDue(now, hotRush));
        this.charge = Charge.unclassified();
        changeStatus(SUBMITTED, customer.username(), null, now);
        addMessage(customer.username(), false, firstMessage, now);
    }

    /**
     * A dispatcher hands the ticket to an engineer (again, if it already had one). A ticket is classified first: that
     * is when its incident is charged, so no work starts unpaid.
     */
    public void assign(String engineerUsername, Actor dispatcher, Instant now) {
        requireOpen("assign");
        if (status == PRE_CLOSED || status == AWAITING_TOP_UP) {
            throw illegal("assign");
        }
        if (!charge.classified()) {
            throw ProservException.conflict("Ticket " + id() + " is not classified yet: classify it before assigning")
                    .with("reason", "not-classified");
        }
        this.engineer = engineerUsername;
        if (status == SUBMITTED) {
            changeStatus(ASSIGNED, dispatcher.username(), "assigned to " + engineerUsername, now);
        } else {
            recordNote(dispatcher.username(), "reassigned to " + engineerUsername, now);
        }
    }

    /**
     * A staff answer. The first one meets (or misses) the first-response deadline; on a HotRush ticket each answer
     * starts the clock for the next report. Returns the deadline it answered.
     */
    public Optional<Deadline> answerAsStaff(Actor staff, String body, Instant now, SupportTerms terms) {
        if (status == SUBMITTED) {
            throw ProservException.conflict("Ticket " + id() + " is not assigned yet: assign it before answering");
        }
        if (status == AWAITING_TOP_UP) {
            throw ProservException.conflict("Ticket " + id() + " waits for the customer to top up "
                    + charge.awaitingTopUpPoints().orElse(0) + " points before work can start");
        }
        requireOpen("answer");
        addMessage(staff.username(), true, body, now);
        Optional<Deadline> answered = deadlines.answered(now, () -> terms.businessTime(submittedAt, now));
        awaitingCustomerSince = now;
        preClosedAt = null;
        if (status != IN_PROGRESS) {
            changeStatus(IN_PROGRESS, staff.username(), null, now);
        }
        if (hotRush.active() && customerConfirmedAt == null) {
            deadlines.await(ResponseKind.NEXT_UPDATE, terms.nextReportDue(now));
        }
        return answered;
    }

    /**
     * The customer writes; a pre-closed ticket comes back to life. On an answered HotRush ticket that awaited no report
     * (the customer had confirmed, or it was pre-closed), the next report is due two business hours from now.
     */
    public void answerAsCustomer(Actor customer, String body, Instant now, SupportTerms terms) {
        if (status == CLOSED) {
            throw ProservException.conflict("Ticket " + id() + " is closed: reopen it to continue");
        }
        addMessage(customer.username(), false, body, now);
        awaitingCustomerSince = null;
        // writing again takes back an earlier confirmation: the new message needs an answer
        customerConfirmedAt = null;
        if (status == PRE_CLOSED) {
            preClosedAt = null;
            changeStatus(IN_PROGRESS, customer.username(), "customer answered", now);
        }
        if (hotRush.active() && status == IN_PROGRESS && deadlines.awaited().isEmpty()) {
            deadlines.await(ResponseKind.NEXT_UPDATE, terms.nextReportDue(now));
        }
    }

    /** The customer confirms the solution, which lets staff close the ticket. */
    public void confirmSolution(Actor customer, Instant now) {
        if (status != IN_PROGRESS && status != PRE_CLOSED) {
            throw illegal("confirm the solution of");
        }
        customerConfirmedAt = now;
        deadlines.stopAwaitingNextReport();
        recordNote(customer.username(), "customer confirmed the solution", now);
    }

    /**
     * Closing. The customer may close at any time (closing is their confirmation); staff only once the customer has
     * confirmed the solution.
     */
    public void close(Actor actor, Instant now) {
        requireOpen("close");
        if (actor.isStaff() && customerConfirmedAt == null) {
            throw ProservException.conflict(
                    "Ticket " + id() + " cannot be closed by staff before the customer confirms the solution");
        }
        if (actor.isCustomer() && customerConfirmedAt == null) {
            customerConfirmedAt = now;
        }
        closeNow(actor.username(), null, now);
    }

    /** The customer reopens a closed ticket within the reopening window; a fresh answer is then due. */
    public void reopen(Actor customer, Instant now, SupportTerms terms) {
        if (status != CLOSED) {
            throw illegal("reopen");
        }
        Instant deadline = closedAt.plus(terms.policy().reopenWithin());
        if (now.isAfter(deadline)) {
            throw ProservException.conflict("Ticket " + id() + " was closed at " + closedAt
                            + " and could be reopened until " + deadline)
                    .with("reopenableUntil", deadline.toString());
        }
        closedAt = null;
        preClosedAt = null;
        customerConfirmedAt = null;
        awaitingCustomerSince = null;
        deadlines.await(ResponseKind.FOLLOW_UP, terms.firstResponseDue(now, hotRush.active()));
        reopenedAt = now;
        TicketStatus reopened = deadlines.firstAnswered() ? IN_PROGRESS : engineer != null ? ASSIGNED : SUBMITTED;
        changeStatus(reopened, customer.username(), "reopened", now);
    }

    /** The pre-close sweep's rule: answered, and no customer feedback for the configured time. */
    public boolean preCloseDue(Instant now, SupportPolicy policy) {
        return status == IN_PROGRESS
                && awaitingCustomerSince != null
                && !awaitingCustomerSince.plus(policy.preCloseAfter()).isAfter(now);
    }

    public void preClose(Instant now, SupportPolicy policy) {
        if (!preCloseDue(now, policy)) {
            throw illegal("pre-close");
        }
        preClosedAt = now;
        deadlines.stopAwaitingNextReport();
        changeStatus(PRE_CLOSED, "system", "no customer feedback since " + awaitingCustomerSince, now);
    }

    public boolean autoCloseDue(Instant now, SupportPolicy policy) {
        return status == PRE_CLOSED
                && !preClosedAt.plus(policy.autoCloseAfter()).isAfter(now);
    }

    public void autoClose(Instant now, SupportPolicy policy) {
        if (!autoCloseDue(now, policy)) {
            throw illegal("auto-close");
        }
        closeNow("system", "closed automatically after pre-closing at " + preClosedAt, now);
    }

    /**
     * The deadline was missed (found by the sweep, or by the late answer itself): the breach to record. The caller
     * records each deadline's breach once.
     */
    public SlaBreach breach(Deadline missed, Instant detectedAt) {
        deadlines.breached(missed);
        return new SlaBreach(id(), missed.kind(), missed.dueAt(), detectedAt);
    }

    /**
     * The dispatcher's classification: category and price. Allowed until the first staff answer (reclassifying adjusts
     * the charge). Returns the points the ticket should be charged in all: the price, doubled for HotRush.
     */
    public int classify(String categoryCode, int price, Actor dispatcher, Instant now) {
        if (!(status == SUBMITTED || status == ASSIGNED || status == AWAITING_TOP_UP) || deadlines.firstAnswered()) {
            throw ProservException.conflict("Ticket " + id() + " can be classified only before the first staff answer")
                    .with("ticketStatus", status.name());
        }
        recordNote(dispatcher.username(), charge.classify(categoryCode, price), now);
        return totalCharge();
    }

    /** The points this ticket's incident costs now: the category price, doubled while HotRush. */
    public int totalCharge() {
        return charge.total(hotRush.active());
    }

    /** The points still owed for the incident (negative when more was charged than it now costs). */
    public int pointsOwed() {
        return totalCharge() - charge.chargedPoints();
    }

    /**
     * The source paying for this ticket is chosen once, at the first classification; only points falling short may
     * later give way to another source ({@link #payInsteadOfPoints}).
     */
    public void payWith(ChargeSource source) {
        charge.payWith(source);
    }

    /**
     * Points fall short and something else now pays the whole incident (a subscription or a package gained since it was
     * classified): the source changes, and nothing more is owed. Returns the points charged so far, to give back.
     */
    public int payInsteadOfPoints(ChargeSource source) {
        return charge.payInsteadOfPoints(source, totalCharge(), id());
    }

    /** Points were charged (positive) or given back (negative) for this ticket. */
    public void charged(int points) {
        charge.charged(points, id());
    }

    /**
     * The customer's points fall short: work waits until they top up, and so does the SLA, which staff cannot meet
     * while they may not work.
     */
    public void awaitTopUp(int missingPoints, Actor dispatcher, Instant now) {
        charge.awaitTopUp(missingPoints);
        if (status != AWAITING_TOP_UP) {
            statusBeforeTopUp = status;
            deadlines.stopAwaiting();
            changeStatus(AWAITING_TOP_UP, dispatcher.username(), missingPoints + " points needed", now);
        }
    }

    /** The charge is paid: back to where it was, with the first answer due counted from now. */
    public void topUpSettled(Instant now, SupportTerms terms) {
        charge.settled();
        if (status == AWAITING_TOP_UP) {
            if (slaPaused()) {
                deadlines.moveFirstResponse(terms.firstResponseDue(now, hotRush.active()));
                deadlines.awaitFirstResponse();
            } else if (!deadlines.firstAnswered()) {
                // overdue before the wait began: that breach stands, the answer is still awaited
                deadlines.awaitFirstResponse();
            }
            changeStatus(statusBeforeTopUp, "system", charge.settledNote(), now);
            statusBeforeTopUp = null;
        }
    }

    /**
     * The customer unchecks HotRush while the ticket is still queued: free, not counted, and the standard
     * first-response deadline applies. Returns the surcharge points to give back, if the ticket was already classified
     * and charged.
     */
    public int uncheckHotRush(Actor customer, Instant now, SupportTerms terms) {
        requireHotRush();
        if (!queued()) {
            throw ProservException.conflict("HotRush can be unchecked only while the ticket is submitted; " + "it is "
                            + status + ": withdraw it instead")
                    .with("ticketStatus", status.name());
        }
        int surcharge = charge.surcharge();
        backToStandardSla(hotRush.dropped(), terms);
        recordNote(customer.username(), "HotRush unchecked", now);
        return surcharge;
    }

    /**
     * The customer withdraws HotRush after assignment and before closing: a limited right, counted per customer account
     * ({@code withdrawalsUsed} so far, read under the customer's lock). Returns the surcharge points to give back.
     */
    public int withdrawHotRush(Actor customer, long withdrawalsUsed, Instant now, SupportTerms terms) {
        requireHotRush();
        if (queued()) {
            throw ProservException.conflict(
                    "Ticket " + id() + " is still submitted: uncheck HotRush instead, free of charge");
        }
        requireOpen("withdraw HotRush from");
        int allowed = terms.policy().hotRushWithdrawals();
        if (withdrawalsUsed >= allowed) {
            throw ProservException.conflict("HotRush can be withdrawn at most " + allowed
                            + " times per customer account; this account has withdrawn it " + withdrawalsUsed
                            + " times")
                    .with("withdrawalsUsed", withdrawalsUsed)
                    .with("withdrawalsAllowed", allowed);
        }
        int surcharge = charge.surcharge();
        backToStandardSla(hotRush.dropped(), terms);
        recordNote(customer.username(), "HotRush withdrawn by the customer", now);
        return surcharge;
    }

    /** Staff take HotRush away for one of the allowed reasons. Returns the surcharge to give back. */
    public int removeHotRush(Actor staff, HotRushRemoval reason, String note, Instant now, SupportTerms terms) {
        requireHotRush();
        requireOpen("remove HotRush from");
        int surcharge = charge.surcharge();
        backToStandardSla(hotRush.removed(reason, note), terms);
        recordNote(staff.username(), "HotRush removed: " + reason + (note == null ? "" : " (" + note + ")"), now);
        return surcharge;
    }

    /** A HotRush ticket may ask for a live chat at a time the desk is open. */
    public void requestLiveChat(
            String tool, String contactId, Instant preferredAt, Actor customer, Instant now, SupportTerms terms) {
        if (!hotRush.active()) {
            throw ProservException.conflict("Live chat is offered for HotRush tickets only");
        }
        requireOpen("request a live chat on");
        liveChat = LiveChat.requested(tool, contactId, preferredAt, now, terms);
        recordNote(customer.username(), "live chat requested via " + tool + " at " + preferredAt, now);
    }

    /** Not yet handed to an engineer: submitted, or waiting for a top-up since it was. */
    public boolean queued() {
        return status == SUBMITTED || (status == AWAITING_TOP_UP && statusBeforeTopUp == SUBMITTED);
    }

    private void requireHotRush() {
        if (!hotRush.active()) {
            throw ProservException.conflict("Ticket " + id() + " is not HotRush");
        }
    }

    /** Back to the standard SLA: the first answer, if still awaited, is due one business day after submission. */
    private void backToStandardSla(HotRushState standard, SupportTerms terms) {
        hotRush = standard;
        if (!deadlines.firstAnswered()) {
            deadlines.moveFirstResponse(terms.firstResponseDue(submittedAt, false));
        }
        if (reopenedAt != null) {
            deadlines.moveFollowUp(terms.firstResponseDue(reopenedAt, false));
        }
        deadlines.stopAwaitingNextReport();
    }

    /** Whether the first-response promise was kept, is still running, or was broken. */
    public SlaState slaState(Instant now) {
        return deadlines.state(now, slaPaused(), closedAt);
    }

    /** Waiting for the customer's top-up, with the first answer not yet overdue when the wait began. */
    private boolean slaPaused() {
        return status == AWAITING_TOP_UP
                && !deadlines.firstAnswered()
                && deadlines.firstResponseDueAt().isAfter(statusChangedAt);
    }

    private void closeNow(String actor, String note, Instant now) {
        charge.settled();
        statusBeforeTopUp = null;
        closedAt = now;
        preClosedAt = null;
        awaitingCustomerSince = null;
        deadlines.stopAwaiting();
        changeStatus(CLOSED, actor, note, now);
    }

    private void addMessage(String author, boolean fromStaff, String body, Instant now) {
        messages.add(new TicketMessage(this, messages.size() + 1, author, fromStaff, body, now));
    }

    private void changeStatus(TicketStatus to, String actor, String note, Instant now) {
        history.add(new StatusChange(this, history.size() + 1, status, to, actor, note, now));
        status = to;
        statusChangedAt = now;
    }

    private void recordNote(String actor, String note, Instant now) {
        history.add(new StatusChange(this, history.size() + 1, status, status, actor, note, now));
    }

    private void requireOpen(String action) {
        if (status == CLOSED) {
            throw illegal(action);
        }
    }

    private ProservException illegal(String action) {
        return ProservException.conflict("Cannot " + action + " ticket " + id() + " while it is " + status)
                .with("ticketStatus", status.name());
    }

    public long version() {
        return version;
    }

    public long customerId() {
        return customerId;
    }

    public long licenceId() {
        return licenceId;
    }

    public String product() {
        return product;
    }

    public String productVersion() {
        return productVersion;
    }

    public String subject() {
        return subject;
    }

    public TicketStatus status() {
        return status;
    }

    public Optional<String> engineer() {
        return Optional.ofNullable(engineer);
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Deadlines deadlines() {
        return deadlines;
    }

    public Charge charge() {
        return charge;
    }

    public boolean hotRush() {
        return hotRush.active();
    }

    public HotRushState hotRushState() {
        return hotRush;
    }

    public Optional<LiveChat> liveChat() {
        return Optional.ofNullable(liveChat);
    }

    public Optional<Instant> customerConfirmedAt() {
        return Optional.ofNullable(customerConfirmedAt);
    }

    public Optional<Instant> preClosedAt() {
        return Optional.ofNullable(preClosedAt);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public List<TicketMessage> messages() {
        return Collections.unmodifiableList(messages);
    }

    public List<StatusChange> history() {
        return Collections.unmodifiableList(history);
    }
}
