package org.proserv.support.tickets;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.proserv.kernel.calendar.BusinessCalendar;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.proserv.support.tickets.TicketStatus.ASSIGNED;
import static org.proserv.support.tickets.TicketStatus.CLOSED;
import static org.proserv.support.tickets.TicketStatus.IN_PROGRESS;
import static org.proserv.support.tickets.TicketStatus.PRE_CLOSED;
import static org.proserv.support.tickets.TicketStatus.SUBMITTED;

/**
 * A support ticket: one incident, however long its conversation. It owns its lifecycle, its
 * messages and its history, and keeps the deadline of the staff answer it is waiting for.
 */
@Entity
@Table(name = "support_ticket")
public class Ticket {

    @Id
    @SequenceGenerator(name = "support_seq", sequenceName = "support_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_seq")
    private Long id;

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

    @Column(name = "first_response_due_at", nullable = false)
    private Instant firstResponseDueAt;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    /** Business time the first answer took, fixed when it was given (the calendar may change later). */
    @Column(name = "first_response_seconds")
    private Long firstResponseSeconds;

    /** When the staff answer this ticket waits for is due; null while it waits for none. */
    @Column(name = "response_due_at")
    private Instant responseDueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "response_due_kind", length = 20)
    private ResponseKind responseDueKind;

    /** Set by the breach sweep that recorded the current deadline's breach; cleared with the deadline. */
    @Column(name = "breach_flag", length = 36)
    private String breachFlag;

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

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
    @OrderBy("seqNo")
    private List<TicketMessage> messages = new ArrayList<>();

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
    @OrderBy("seqNo")
    private List<StatusChange> history = new ArrayList<>();

    protected Ticket() {
    }

    /** A customer's new ticket, queued with its first-response deadline. */
    public Ticket(long customerId, long licenceId, String product, String productVersion, String subject,
                  String firstMessage, Actor customer, Instant now, BusinessCalendar calendar, SupportPolicy policy) {
        this.customerId = customerId;
        this.licenceId = licenceId;
        this.product = product;
        this.productVersion = productVersion;
        this.subject = subject;
        this.submittedAt = now;
        this.firstResponseDueAt = calendar.due(now, policy.firstResponse());
        awaitStaff(ResponseKind.FIRST_RESPONSE, firstResponseDueAt);
        changeStatus(SUBMITTED, customer.username(), null, now);
        addMessage(customer.username(), false, firstMessage, now);
    }

    /** A dispatcher hands the ticket to an engineer (again, if it already had one). */
    public void assign(String engineerUsername, Actor dispatcher, Instant now) {
        requireOpen("assign");
        if (status == PRE_CLOSED) {
            throw illegal("assign");
        }
        this.engineer = engineerUsername;
        if (status == SUBMITTED) {
            changeStatus(ASSIGNED, dispatcher.username(), "assigned to " + engineerUsername, now);
        } else {
            recordNote(dispatcher.username(), "reassigned to " + engineerUsername, now);
        }
    }

    /** A staff answer. The first one meets (or misses) the first-response deadline. */
    public void answerAsStaff(Actor staff, String body, Instant now, BusinessCalendar calendar) {
        if (status == SUBMITTED) {
            throw ProservException.conflict("Ticket " + id + " is not assigned yet: assign it before answering");
        }
        requireOpen("answer");
        addMessage(staff.username(), true, body, now);
        if (firstResponseAt == null) {
            firstResponseAt = now;
            firstResponseSeconds = calendar.businessTime(submittedAt, now).toSeconds();
        }
        stopAwaitingStaff();
        awaitingCustomerSince = now;
        if (status != IN_PROGRESS) {
            changeStatus(IN_PROGRESS, staff.username(), null, now);
        }
    }

    /** The customer writes; a pre-closed ticket comes back to life. */
    public void answerAsCustomer(Actor customer, String body, Instant now) {
        if (status == CLOSED) {
            throw ProservException.conflict("Ticket " + id + " is closed: reopen it to continue");
        }
        addMessage(customer.username(), false, body, now);
        awaitingCustomerSince = null;
        if (status == PRE_CLOSED) {
            preClosedAt = null;
            changeStatus(IN_PROGRESS, customer.username(), "customer answered", now);
        }
    }

    /** The customer confirms the solution, which lets staff close the ticket. */
    public void confirmSolution(Actor customer, Instant now) {
        if (status != IN_PROGRESS && status != PRE_CLOSED) {
            throw illegal("confirm the solution of");
        }
        customerConfirmedAt = now;
        recordNote(customer.username(), "customer confirmed the solution", now);
    }

    /**
     * Closing. The customer may close at any time (closing is their confirmation); staff only once
     * the customer has confirmed the solution.
     */
    public void close(Actor actor, Instant now) {
        requireOpen("close");
        if (actor.isStaff() && customerConfirmedAt == null) {
            throw ProservException.conflict("Ticket " + id + " cannot be closed by staff before the customer confirms the solution");
        }
        if (actor.isCustomer() && customerConfirmedAt == null) {
            customerConfirmedAt = now;
        }
        closeNow(actor.username(), null, now);
    }

    /** The customer reopens a closed ticket within the reopening window; a fresh answer is then due. */
    public void reopen(Actor customer, Instant now, BusinessCalendar calendar, SupportPolicy policy) {
        if (status != CLOSED) {
            throw illegal("reopen");
        }
        Instant deadline = closedAt.plus(policy.reopenWithin());
        if (now.isAfter(deadline)) {
            throw ProservException.conflict("Ticket " + id + " was closed at " + closedAt
                    + " and could be reopened until " + deadline).with("reopenableUntil", deadline.toString());
        }
        closedAt = null;
        preClosedAt = null;
        customerConfirmedAt = null;
        awaitingCustomerSince = null;
        awaitStaff(ResponseKind.FOLLOW_UP, calendar.due(now, policy.firstResponse()));
        changeStatus(engineer == null ? SUBMITTED : IN_PROGRESS, customer.username(), "reopened", now);
    }

    /** The pre-close sweep's rule: answered, and no customer feedback for the configured time. */
    public boolean preCloseDue(Instant now, SupportPolicy policy) {
        return status == IN_PROGRESS && awaitingCustomerSince != null
                && !awaitingCustomerSince.plus(policy.preCloseAfter()).isAfter(now);
    }

    public void preClose(Instant now, SupportPolicy policy) {
        if (!preCloseDue(now, policy)) {
            throw illegal("pre-close");
        }
        preClosedAt = now;
        changeStatus(PRE_CLOSED, "system", "no customer feedback since " + awaitingCustomerSince, now);
    }

    public boolean autoCloseDue(Instant now, SupportPolicy policy) {
        return status == PRE_CLOSED && !preClosedAt.plus(policy.autoCloseAfter()).isAfter(now);
    }

    public void autoClose(Instant now, SupportPolicy policy) {
        if (!autoCloseDue(now, policy)) {
            throw illegal("auto-close");
        }
        closeNow("system", "closed automatically after pre-closing at " + preClosedAt, now);
    }

    /** Whether the first-response promise was kept, is still running, or was broken. */
    public SlaState slaState(Instant now) {
        Instant answeredOrNow = firstResponseAt != null ? firstResponseAt
                : closedAt != null ? closedAt : now;
        if (answeredOrNow.isAfter(firstResponseDueAt)) {
            return SlaState.breached;
        }
        return firstResponseAt != null ? SlaState.met : SlaState.running;
    }

    private void closeNow(String actor, String note, Instant now) {
        closedAt = now;
        preClosedAt = null;
        awaitingCustomerSince = null;
        stopAwaitingStaff();
        changeStatus(CLOSED, actor, note, now);
    }

    private void awaitStaff(ResponseKind kind, Instant due) {
        responseDueKind = kind;
        responseDueAt = due;
        breachFlag = null;
    }

    private void stopAwaitingStaff() {
        responseDueKind = null;
        responseDueAt = null;
        breachFlag = null;
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
        return ProservException.conflict("Cannot " + action + " ticket " + id + " while it is " + status)
                .with("ticketStatus", status.name());
    }

    public Long id() {
        return id;
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

    public Instant firstResponseDueAt() {
        return firstResponseDueAt;
    }

    public Optional<Instant> firstResponseAt() {
        return Optional.ofNullable(firstResponseAt);
    }

    public Optional<Duration> firstResponseBusinessTime() {
        return Optional.ofNullable(firstResponseSeconds).map(Duration::ofSeconds);
    }

    public Optional<Instant> responseDueAt() {
        return Optional.ofNullable(responseDueAt);
    }

    public Optional<ResponseKind> responseDueKind() {
        return Optional.ofNullable(responseDueKind);
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
