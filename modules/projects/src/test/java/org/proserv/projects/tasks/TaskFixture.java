package org.proserv.projects.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;
import org.proserv.projects.schedule.PartInvoice;

/** Tasks and the people who move them, for the lifecycle tests. */
final class TaskFixture {

    static final long CUSTOMER_ID = 7L;
    static final Actor CUSTOMER = new Actor("alice", Role.customer, CUSTOMER_ID);
    static final Actor OTHER_CUSTOMER = new Actor("bob", Role.customer, 8L);
    static final Actor DIRECTOR = new Actor("dora", Role.director, null);
    static final Actor DEVELOPER = new Actor("dev", Role.developer, null);
    static final Actor QA = new Actor("quentin", Role.qa, null);
    static final Actor DESIGNER = new Actor("desi", Role.designer, null);
    static final Actor QUOTE_MANAGER = new Actor("quinn", Role.quote_manager, null);
    static final Actor ADMIN = new Actor("admin", Role.admin, null);
    static final Actor DISPATCHER = new Actor("dana", Role.dispatcher, null);

    static final List<Actor> EVERYONE =
            List.of(CUSTOMER, DIRECTOR, DEVELOPER, QA, DESIGNER, QUOTE_MANAGER, ADMIN, DISPATCHER);

    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    static final Plan PLAN = Plan.of(NOW, NOW.plusSeconds(100));
    static final PartInvoice PAID = new PartInvoice(1, 501L, true);
    static final PartInvoice UNPAID = new PartInvoice(1, 501L, false);

    private TaskFixture() {}

    static Task task() {
        return Task.planned(
                1L, CUSTOMER_ID, "Checkout add-on", "One-page checkout", 1, PAID.invoiceId(), PLAN, DIRECTOR, NOW);
    }

    /** Someone allowed to take this step. */
    static Actor setterOf(Step step) {
        return switch (step.setter()) {
            case DEVELOPER -> DEVELOPER;
            case QA -> QA;
            case CUSTOMER -> CUSTOMER;
            case STAFF -> ADMIN;
        };
    }

    /** The move this step takes, with what its status needs. */
    static Move moveOf(Step step) {
        var move = Move.to(step.to()).withNote("step " + step);
        return switch (step.to()) {
            case REVIEWING -> move.withLink("https://preview.example.com/task");
            case COMPLETED -> move.withLink("https://check.example.com/task");
            case CLOSED -> move.withReports(List.of("reports/final.pdf"));
            default -> move;
        };
    }

    /** The steps from Scheduled to this status, by one legal path. */
    static List<Step> pathTo(TaskStatus status) {
        var path = new ArrayList<Step>();
        switch (status) {
            case SCHEDULED -> {}
            case WORKING -> path.add(Step.START);
            case QUALITY_ASSURANCE -> path.addAll(List.of(Step.START, Step.TO_QUALITY_ASSURANCE));
            case REVIEWING -> path.addAll(List.of(Step.START, Step.TO_REVIEW));
            default -> {
                path.addAll(List.of(Step.START, Step.TO_REVIEW, Step.END_REVIEW));
                for (Step next : List.of(Step.ASK_FOR_UPLOAD, Step.UPLOAD, Step.APPROVE, Step.CLOSE)) {
                    if (path.get(path.size() - 1).to() == status) {
                        break;
                    }
                    path.add(next);
                }
            }
        }
        return path;
    }

    static Task taskAt(TaskStatus status) {
        var task = task();
        for (Step step : pathTo(status)) {
            task.move(setterOf(step), moveOf(step), Optional.of(PAID), TODAY, NOW);
        }
        if (task.status() != status) {
            throw new IllegalStateException("cannot reach " + status);
        }
        return task;
    }
}
