package org.proserv.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.paging.PageRequest;
import org.proserv.kernel.time.ApplicationClock;
import org.proserv.platform.accounts.Accounts;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;
import org.proserv.support.calendar.SupportCalendar;
import org.proserv.support.customers.Customers;
import org.proserv.support.notices.Notice;
import org.proserv.support.notices.Notices;
import org.proserv.support.points.EntryKind;
import org.proserv.support.points.LedgerEntry;
import org.proserv.support.points.PointsLedger;
import org.proserv.support.points.PointsPolicy;
import org.proserv.support.points.PointsSweeps;
import org.proserv.support.points.Wallet;
import org.proserv.support.tickets.SupportPolicy;
import org.proserv.support.tickets.SupportSweeps;
import org.proserv.support.tickets.Ticket;
import org.proserv.support.tickets.TicketStatus;
import org.proserv.support.tickets.Tickets;

/**
 * The support context inside Payara Micro, on a real database, through its EJB services: one deployment (one server
 * boot) for all of it. Every sweep's SQL is held against the entity rule it claims to apply: the rows it picks must be
 * exactly those the rule says are due, at the boundary instant itself and a second either side. Instants come from the
 * application clock, moved forward by its test switch; nothing sleeps.
 */
@ExtendWith(ArquillianExtension.class)
class SupportInContainerIT {

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Actor DISPATCHER = new Actor("in-container-dispatcher", Role.dispatcher, null);
    private static final long PACK_OF_60 = 1;

    @Deployment
    static WebArchive deployment() {
        return Deployments.of("support", SupportInContainerIT.class, SupportRows.class);
    }

    @EJB
    Tickets tickets;

    @EJB
    Customers customers;

    @EJB
    Accounts accounts;

    @EJB
    PointsLedger ledger;

    @EJB
    Notices notices;

    @EJB
    SupportSweeps supportSweeps;

    @EJB
    PointsSweeps pointsSweeps;

    @EJB
    Transactions transactions;

    @EJB
    SupportRows rows;

    @Inject
    SupportPolicy policy;

    @Inject
    PointsPolicy pointsPolicy;

    @Inject
    ApplicationClock applicationClock;

    @EJB
    SupportCalendar calendar;

    @Inject
    Clock clock;

    @Resource(lookup = "java:app/jdbc/proserv")
    DataSource dataSource;

    /** Moves the clock, if needed, to a minute after the desk next opens, whatever instant the run is pinned to. */
    private void intoOpenHours() {
        var hours = calendar.current();
        Instant now = clock.instant();
        if (!hours.isOpen(now) || !hours.isOpen(now.plus(Duration.ofHours(1)))) {
            Instant opening = hours.nextOpening(now.plus(Duration.ofHours(1)));
            applicationClock.advance(Duration.between(now, opening.plus(Duration.ofMinutes(1))));
        }
    }

    @Test
    void runsOnTheConfiguredDatabase() throws SQLException {
        Databases.assertConfigured(dataSource);
    }

    @Test
    void breachSweepFlagsExactlyTheTicketsWhoseAwaitedAnswerIsOverdue() {
        // tickets opened a second apart are due a second apart only while the desk is open
        intoOpenHours();
        var client = supportedCustomer();
        long alreadyBreached = open(client);
        supportSweeps.flagBreachesOf(
                List.of(alreadyBreached), dueOf(alreadyBreached).plusNanos(1000));
        applicationClock.advance(SECOND);
        long secondBefore = open(client);
        applicationClock.advance(SECOND);
        long exactlyNow = open(client);
        applicationClock.advance(SECOND);
        long secondAfter = open(client);
        long answered = answered(client);
        long paused = awaitingTopUp();
        List<Long> ids = List.of(alreadyBreached, secondBefore, exactlyNow, secondAfter, answered, paused);

        Instant now = dueOf(exactlyNow);
        assertTrue(dueOf(secondBefore).isBefore(now) && dueOf(secondAfter).isAfter(now), "deadlines around " + now);
        assertEquals(Set.of(secondBefore), breachesFlagged(ids, now));

        Instant later = dueOf(secondAfter).plus(SECOND);
        assertEquals(Set.of(exactlyNow, secondAfter), breachesFlagged(ids, later));
    }

    @Test
    void preCloseAndAutoCloseSweepsPickExactlyTheTicketsTheirRulesSayAreDue() {
        var client = supportedCustomer();
        long secondBefore = answered(client);
        applicationClock.advance(SECOND);
        long exactlyDue = answered(client);
        applicationClock.advance(SECOND);
        long secondAfter = answered(client);
        long customerAnswered = answered(client);
        tickets.postMessage(client.actor(), customerAnswered, "Thanks, trying it now");
        long submitted = open(client);
        List<Long> ids = List.of(secondBefore, exactlyDue, secondAfter, customerAnswered, submitted);

        Instant preCloseAt = ticket(exactlyDue).statusChangedAt().plus(policy.preCloseAfter());
        assertEquals(
                Set.of(secondBefore, exactlyDue),
                swept(
                        ids,
                        preCloseAt,
                        t -> t.preCloseDue(preCloseAt, policy),
                        supportSweeps::preCloseOf,
                        TicketStatus.PRE_CLOSED));
        Instant lastPreCloseAt = ticket(secondAfter).statusChangedAt().plus(policy.preCloseAfter());
        assertEquals(
                Set.of(secondAfter),
                swept(
                        ids,
                        lastPreCloseAt,
                        t -> t.preCloseDue(lastPreCloseAt, policy),
                        supportSweeps::preCloseOf,
                        TicketStatus.PRE_CLOSED));

        Instant autoCloseAt = preCloseAt.plus(policy.autoCloseAfter());
        assertEquals(
                Set.of(secondBefore, exactlyDue),
                swept(
                        ids,
                        autoCloseAt,
                        t -> t.autoCloseDue(autoCloseAt, policy),
                        supportSweeps::autoCloseOf,
                        TicketStatus.CLOSED));
        Instant secondBeforeLastAutoClose =
                lastPreCloseAt.plus(policy.autoCloseAfter()).minus(SECOND);
        assertEquals(
                Set.of(),
                swept(
                        ids,
                        secondBeforeLastAutoClose,
                        t -> t.autoCloseDue(secondBeforeLastAutoClose, policy),
                        supportSweeps::autoCloseOf,
                        TicketStatus.CLOSED));
        Instant lastAutoCloseAt = lastPreCloseAt.plus(policy.autoCloseAfter());
        assertEquals(
                Set.of(secondAfter),
                swept(
                        ids,
                        lastAutoCloseAt,
                        t -> t.autoCloseDue(lastAutoCloseAt, policy),
                        supportSweeps::autoCloseOf,
                        TicketStatus.CLOSED));
    }

    @Test
    void ticketSweepsRunOverEverythingDueAndABadRowHoldsUpNoOther() {
        var client = supportedCustomer();
        long overdue = open(client);
        long broken = open(client);
        long answered = answered(client);
        rows.forgetAwaitedKind(broken);

        applicationClock.advance(
                Duration.between(clock.instant(), dueOf(overdue)).plus(Duration.ofMinutes(1)));
        long notYetDue = open(client);
        supportSweeps.flagBreaches();
        assertEquals(1, breaches(overdue));
        assertEquals(0, breaches(broken), "its processing fails: rolled back alone, left for the next run");
        assertEquals(0, breaches(notYetDue));

        rows.setAwaitedKind(broken, "FIRST_RESPONSE");
        supportSweeps.flagBreaches();
        assertEquals(1, breaches(broken), "picked up by the next run");
        assertEquals(1, breaches(overdue), "a deadline is breached once");

        Instant answeredAt = ticket(answered).statusChangedAt();
        applicationClock.advance(Duration.between(clock.instant(), answeredAt.plus(policy.preCloseAfter())));
        assertTrue(ticket(answered).preCloseDue(clock.instant(), policy));
        supportSweeps.preClose();
        assertEquals(TicketStatus.PRE_CLOSED, ticket(answered).status());
        assertEquals(TicketStatus.SUBMITTED, ticket(notYetDue).status());

        applicationClock.advance(policy.autoCloseAfter());
        supportSweeps.autoClose();
        assertEquals(TicketStatus.CLOSED, ticket(answered).status());
    }

    @Test
    void expirySweepExpiresExactlyTheLotsPastTheirInstantWithPointsLeft() {
        var customer = customer();
        long spentLot = buy(customer);
        applicationClock.advance(SECOND);
        long exactlyNow = buy(customer);
        applicationClock.advance(SECOND);
        long secondAfter = buy(customer);
        ledger.spend(DISPATCHER, customer.customerId(), 60, null, "the whole oldest lot");

        Instant now = lot(customer, exactlyNow).lot().expiresAt();
        Set<Long> due = lotsWhere(customer, b -> b.lot().expiredAt(now) && b.remaining() > 0);
        pointsSweeps.expireLotsOf(customer.customerId(), now);
        assertEquals(Set.of(exactlyNow), due);
        assertEquals(due, lotsWithEntry(customer, EntryKind.EXPIRY));
        assertEquals(0, lot(customer, exactlyNow).remaining());
        assertEquals(60, lot(customer, secondAfter).remaining());
        assertEquals(0, lot(customer, spentLot).remaining());
    }

    @Test
    void warningSweepWarnsOnceOfExactlyTheLotsExpiringWithinTheWindow() {
        var customer = customer();
        long spentLot = buy(customer);
        applicationClock.advance(SECOND);
        long secondBefore = buy(customer);
        applicationClock.advance(SECOND);
        long atHorizon = buy(customer);
        applicationClock.advance(SECOND);
        long secondAfter = buy(customer);
        ledger.spend(DISPATCHER, customer.customerId(), 60, null, "the whole oldest lot");
        List<Long> lots = List.of(spentLot, secondBefore, atHorizon, secondAfter);

        Instant horizon = lot(customer, atHorizon).lot().expiresAt();
        Instant now = horizon.minus(pointsPolicy.expiryWarning());
        assertEquals(Set.of(secondBefore, atHorizon), warned(customer, lots, now));

        Instant expiring = lot(customer, secondAfter).lot().expiresAt();
        assertEquals(Set.of(), warned(customer, lots, expiring), "expiring this instant: expired, not warned of");
    }

    @Test
    void pointSweepsRunOverEveryCustomer() {
        var customer = customer();
        long first = buy(customer);
        applicationClock.advance(Duration.ofDays(40));
        long second = buy(customer);
        Instant firstExpiry = lot(customer, first).lot().expiresAt();

        applicationClock.advance(Duration.between(clock.instant(), firstExpiry.minus(Duration.ofDays(10))));
        pointsSweeps.warnOfExpiry();
        assertEquals(Set.of(first), noticedLots(customer));

        applicationClock.advance(Duration.between(clock.instant(), firstExpiry.plus(Duration.ofMinutes(1))));
        pointsSweeps.expireLots();
        assertEquals(Set.of(first), lotsWithEntry(customer, EntryKind.EXPIRY));
        assertEquals(60, lot(customer, second).remaining());
    }

    @Test
    void anApplicationExceptionMidUseCaseLeavesNothingBehind() {
        var taken = customer();
        long before = customers.count();
        var refused = assertThrows(
                ProservException.class,
                () -> customers.register(
                        "Copycat Ltd", "copycat@example.com", taken.username(), "in-container-pass-1"));
        assertEquals(409, refused.category().status());
        assertEquals(before, customers.count(), "the customer row written before the refusal is rolled back");
    }

    @Test
    void twoChangesOfATicketFromTheSameVersionCannotBothWin() {
        var client = supportedCustomer();
        long id = open(client);
        long version = ticket(id).version();

        var conflict = assertThrows(
                RuntimeException.class,
                () -> transactions.inNew(() -> {
                    assertEquals(version, tickets.find(DISPATCHER, id).version());
                    transactions.inNew(() -> tickets.classify(DISPATCHER, id, "GENERAL_QUESTION", null));
                    return tickets.classify(DISPATCHER, id, "STORE_PROBLEM", null);
                }));
        assertTrue(
                causes(conflict).anyMatch(OptimisticLockException.class::isInstance),
                "the conflict the REST layer answers with 409, not " + conflict);
        assertEquals("GENERAL_QUESTION", ticket(id).charge().category().orElseThrow(), "the first change stands");
        assertEquals(version + 1, ticket(id).version());
    }

    // --- the rows the tests set up, through the services

    private record Client(Actor actor, long licenceId) {}

    private Actor customer() {
        String username = unique("customer");
        var customer =
                customers.register("Customer " + username, username + "@example.com", username, "in-container-pass-1");
        return new Actor(username, Role.customer, customer.id());
    }

    private Client supportedCustomer() {
        var actor = customer();
        return new Client(
                actor,
                customers
                        .addLicence(actor.customerId(), "X-Cart", "4.7.12", true)
                        .id());
    }

    private long open(Client client) {
        return tickets.open(client.actor(), client.licenceId(), null, "Checkout is blank", "Since this morning", false)
                .ticket()
                .id();
    }

    /** Classified, assigned and answered by an engineer: waiting for the customer. */
    private long answered(Client client) {
        long id = open(client);
        String engineer = unique("engineer");
        accounts.create(engineer, "in-container-pass-1", Role.engineer, null, "Engineer " + engineer);
        tickets.classify(DISPATCHER, id, "GENERAL_QUESTION", null);
        tickets.assign(DISPATCHER, id, engineer);
        tickets.postMessage(new Actor(engineer, Role.engineer, null), id, "Disable the conflicting module");
        return id;
    }

    /** A developer licence, 60 points, and a classification costing 80: the SLA is paused. */
    private long awaitingTopUp() {
        var actor = customer();
        var client = new Client(
                actor,
                customers
                        .addLicence(actor.customerId(), "X-Cart", "4.7.12", false)
                        .id());
        buy(actor);
        long id = open(client);
        tickets.classify(DISPATCHER, id, "CODE_DEBUGGING", null);
        assertEquals(TicketStatus.AWAITING_TOP_UP, ticket(id).status());
        return id;
    }

    private long buy(Actor customer) {
        return ledger.purchase(customer, customer.customerId(), PACK_OF_60).id();
    }

    private Ticket ticket(long id) {
        return tickets.find(DISPATCHER, id);
    }

    private Instant dueOf(long ticket) {
        return ticket(ticket).deadlines().awaited().orElseThrow().dueAt();
    }

    private long breaches(long ticket) {
        return tickets.read(DISPATCHER, ticket).breaches().size();
    }

    // --- what the sweeps picked, against what the entities' rules say

    /**
     * Runs the breach sweep's chunk over the tickets at {@code now}; returns those it recorded a breach for, having
     * checked they are exactly those awaiting an answer whose deadline passed and has no breach recorded yet.
     */
    private Set<Long> breachesFlagged(List<Long> ids, Instant now) {
        Set<Long> due = ids.stream()
                .filter(id -> {
                    var read = tickets.read(DISPATCHER, id);
                    return read.ticket()
                            .deadlines()
                            .awaited()
                            .filter(d -> d.passedAt(now))
                            .filter(d -> read.breaches().stream()
                                    .map(b -> b.deadline())
                                    .noneMatch(d::equals))
                            .isPresent();
                })
                .collect(Collectors.toSet());
        Map<Long, Long> before = ids.stream().collect(Collectors.toMap(id -> id, this::breaches));
        int flagged = supportSweeps.flagBreachesOf(ids, now);
        Set<Long> picked =
                ids.stream().filter(id -> breaches(id) > before.get(id)).collect(Collectors.toSet());
        assertEquals(due, picked, "the SQL picked what Ticket.deadlines().awaited().passedAt(" + now + ") says");
        assertEquals(picked.size(), flagged);
        return picked;
    }

    /** Runs a ticket sweep's chunk at {@code now}; returns the tickets it moved, checked against the rule. */
    private Set<Long> swept(List<Long> ids, Instant now, Predicate<Ticket> rule, Sweeper sweep, TicketStatus to) {
        Set<Long> due = ids.stream().filter(id -> rule.test(ticket(id))).collect(Collectors.toSet());
        Set<Long> already = ids.stream().filter(id -> ticket(id).status() == to).collect(Collectors.toSet());
        int handled = sweep.run(ids, now);
        Set<Long> picked = ids.stream()
                .filter(id -> ticket(id).status() == to && !already.contains(id))
                .collect(Collectors.toSet());
        assertEquals(due, picked, "the SQL picked what the entity's rule says at " + now);
        assertEquals(picked.size(), handled);
        return picked;
    }

    @FunctionalInterface
    private interface Sweeper {
        int run(List<Long> ids, Instant now);
    }

    /** Runs the warning sweep's chunk at {@code now}; returns the lots it warned of, checked against the rule. */
    private Set<Long> warned(Actor customer, List<Long> lots, Instant now) {
        Instant horizon = now.plus(pointsPolicy.expiryWarning());
        Set<Long> before = noticedLots(customer);
        Set<Long> due = lotsWhere(
                customer,
                b -> b.remaining() > 0
                        && !b.lot().expiredAt(now)
                        && !b.lot().expiresAt().isAfter(horizon)
                        && !before.contains(b.lot().id()));
        int warnedOf = pointsSweeps.warnOfExpiryOf(lots, now, horizon);
        Set<Long> picked =
                noticedLots(customer).stream().filter(l -> !before.contains(l)).collect(Collectors.toSet());
        assertEquals(
                due, picked, "the SQL picked the lots with points left expiring in (" + now + ", " + horizon + "]");
        assertEquals(picked.size(), warnedOf);
        return picked;
    }

    private Wallet.LotBalance lot(Actor customer, long lotId) {
        return ledger.wallet(customer, customer.customerId()).lots().stream()
                .filter(b -> b.lot().id() == lotId)
                .findFirst()
                .orElseThrow();
    }

    private Set<Long> lotsWhere(Actor customer, Predicate<Wallet.LotBalance> rule) {
        return ledger.wallet(customer, customer.customerId()).lots().stream()
                .filter(rule)
                .map(b -> b.lot().id())
                .collect(Collectors.toSet());
    }

    private Set<Long> lotsWithEntry(Actor customer, EntryKind kind) {
        return ledger.ledger(customer, customer.customerId(), new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(e -> e.kind() == kind)
                .map(LedgerEntry::lotId)
                .collect(Collectors.toSet());
    }

    private Set<Long> noticedLots(Actor customer) {
        return notices.of(customer, customer.customerId(), new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(n -> n.kind() == Notice.Kind.POINTS_EXPIRING)
                .map(Notice::lotId)
                .collect(Collectors.toSet());
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Stream<Throwable> causes(Throwable t) {
        return Stream.iterate(t, c -> c != null, Throwable::getCause);
    }
}
