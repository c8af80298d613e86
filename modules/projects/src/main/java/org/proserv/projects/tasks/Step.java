package org.proserv.projects.tasks;

import static org.proserv.projects.tasks.TaskStatus.APPROVED;
import static org.proserv.projects.tasks.TaskStatus.CLOSED;
import static org.proserv.projects.tasks.TaskStatus.COMPLETED;
import static org.proserv.projects.tasks.TaskStatus.QUALITY_ASSURANCE;
import static org.proserv.projects.tasks.TaskStatus.READY_TO_UPLOAD;
import static org.proserv.projects.tasks.TaskStatus.REVIEWING;
import static org.proserv.projects.tasks.TaskStatus.SCHEDULED;
import static org.proserv.projects.tasks.TaskStatus.UPLOADED;
import static org.proserv.projects.tasks.TaskStatus.WORKING;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One allowed move of a task's lifecycle and who may take it. This table is the lifecycle: a move that is not in it is
 * illegal, whoever asks.
 */
public enum Step {
    START(SCHEDULED, WORKING, Setter.DEVELOPER),
    TO_QUALITY_ASSURANCE(WORKING, QUALITY_ASSURANCE, Setter.DEVELOPER),
    TO_REVIEW(WORKING, REVIEWING, Setter.DEVELOPER),
    PASS_QUALITY_ASSURANCE(QUALITY_ASSURANCE, COMPLETED, Setter.QA),
    FAIL_QUALITY_ASSURANCE(QUALITY_ASSURANCE, WORKING, Setter.QA),
    END_REVIEW(REVIEWING, COMPLETED, Setter.DEVELOPER),
    BACK_FROM_REVIEW(REVIEWING, WORKING, Setter.DEVELOPER),
    ASK_FOR_UPLOAD(COMPLETED, READY_TO_UPLOAD, Setter.CUSTOMER),
    UPLOAD(READY_TO_UPLOAD, UPLOADED, Setter.STAFF),
    APPROVE(UPLOADED, APPROVED, Setter.CUSTOMER),
    CLOSE(APPROVED, CLOSED, Setter.STAFF);

    private final TaskStatus from;
    private final TaskStatus to;
    private final Setter setter;

    Step(TaskStatus from, TaskStatus to, Setter setter) {
        this.from = from;
        this.to = to;
        this.setter = setter;
    }

    public TaskStatus from() {
        return from;
    }

    public TaskStatus to() {
        return to;
    }

    public Setter setter() {
        return setter;
    }

    public static Optional<Step> between(TaskStatus from, TaskStatus to) {
        for (Step step : values()) {
            if (step.from == from && step.to == to) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    /** The statuses a task may go to next from this one, in lifecycle order. */
    public static List<TaskStatus> nextFrom(TaskStatus from) {
        return Arrays.stream(values())
                .filter(s -> s.from == from)
                .map(Step::to)
                .sorted()
                .toList();
    }

    /** Everyone who may ever set this status, whatever the status before. */
    public static Set<Setter> settersOf(TaskStatus to) {
        return Arrays.stream(values())
                .filter(s -> s.to == to)
                .map(Step::setter)
                .collect(Collectors.toUnmodifiableSet());
    }
}
