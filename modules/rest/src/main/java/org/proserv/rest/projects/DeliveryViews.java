package org.proserv.rest.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.proserv.platform.accounts.Role;
import org.proserv.projects.feedback.Feedback;
import org.proserv.projects.guarantee.GuaranteeClaim;
import org.proserv.projects.schedule.DeadlineMove;
import org.proserv.projects.schedule.Schedule;
import org.proserv.projects.tasks.Task;
import org.proserv.projects.tasks.TaskChange;
import org.proserv.projects.tasks.TaskStatus;

/** What a project's delivery looks like to API clients: schedule, tasks, claims and feedback. */
public final class DeliveryViews {

    private DeliveryViews() {}

    public record DeadlineMoveView(int seq, Instant from, Instant to, String reason, String movedBy, Instant movedAt) {
        static DeadlineMoveView of(DeadlineMove m) {
            return new DeadlineMoveView(m.seqNo(), m.from(), m.to(), m.reason(), m.movedBy(), m.movedAt());
        }
    }

    /**
     * The guaranteed deadline (development, internal testing and the upload to the preview server), its moves with
     * their reasons, and the approval, guarantee and closing once reached.
     */
    public record ScheduleView(
            long projectId,
            Instant deadline,
            Instant firstDeadline,
            String scheduledBy,
            Instant scheduledAt,
            List<DeadlineMoveView> moves,
            boolean approved,
            Instant approvedAt,
            Instant guaranteeEndsAt,
            boolean inGuarantee,
            boolean closed,
            Instant closedAt) {
        static ScheduleView of(Schedule s, Instant now) {
            return new ScheduleView(
                    s.projectId(),
                    s.deadline(),
                    s.firstDeadline(),
                    s.scheduledBy(),
                    s.scheduledAt(),
                    s.moves().stream().map(DeadlineMoveView::of).toList(),
                    s.approvedAt().isPresent(),
                    s.approvedAt().orElse(null),
                    s.guaranteeEndsAt().orElse(null),
                    s.inGuarantee(now),
                    s.closedAt().isPresent(),
                    s.closedAt().orElse(null));
        }
    }

    public record TaskChangeView(
            int seq,
            TaskChange.Kind kind,
            TaskStatus from,
            TaskStatus to,
            int percentDone,
            String actor,
            Role actorRole,
            String note,
            Instant at) {
        static TaskChangeView of(TaskChange c) {
            return new TaskChangeView(
                    c.seqNo(),
                    c.kind(),
                    c.from(),
                    c.to(),
                    c.percentDone(),
                    c.actor(),
                    c.actorRole(),
                    c.note(),
                    c.changedAt());
        }
    }

    /** A task: its status and what may come next, its progress against its plan (behindSchedule from the clock). */
    public record TaskView(
            long id,
            long projectId,
            String title,
            String description,
            TaskStatus status,
            List<TaskStatus> allowedNext,
            Integer part,
            Long invoiceId,
            boolean fix,
            Long claimId,
            Instant plannedStart,
            Instant plannedEnd,
            int percentDone,
            boolean behindSchedule,
            String previewLink,
            String checkLink,
            LocalDate wantedUploadDate,
            List<String> reports,
            String createdBy,
            Instant createdAt,
            Instant statusChangedAt) {
        static TaskView of(Task t, Instant now) {
            return new TaskView(
                    t.id(),
                    t.projectId(),
                    t.title(),
                    t.description().orElse(null),
                    t.status(),
                    t.allowedNext(),
                    t.partNo().orElse(null),
                    t.invoiceId().orElse(null),
                    t.isFix(),
                    t.claimId().orElse(null),
                    t.plan().map(p -> p.start()).orElse(null),
                    t.plan().map(p -> p.end()).orElse(null),
                    t.percentDone(),
                    t.behindSchedule(now),
                    t.previewLink().orElse(null),
                    t.checkLink().orElse(null),
                    t.wantedUploadDate().orElse(null),
                    t.reports(),
                    t.createdBy(),
                    t.createdAt(),
                    t.statusChangedAt());
        }
    }

    public record TaskDetail(TaskView task, List<TaskChangeView> history) {
        static TaskDetail of(Task t, Instant now) {
            return new TaskDetail(
                    TaskView.of(t, now),
                    t.history().stream().map(TaskChangeView::of).toList());
        }
    }

    public record ClaimView(
            long id,
            long projectId,
            String description,
            String claimedBy,
            Instant claimedAt,
            Instant guaranteeEndsAt,
            boolean free,
            Long fixTaskId) {
        static ClaimView of(GuaranteeClaim c) {
            return new ClaimView(
                    c.id(),
                    c.projectId(),
                    c.description(),
                    c.claimedBy(),
                    c.claimedAt(),
                    c.guaranteeEndsAt(),
                    true,
                    c.fixTaskId());
        }
    }

    public record FeedbackView(
            long id,
            long projectId,
            Feedback.Kind kind,
            Integer rating,
            String comments,
            String author,
            Instant createdAt,
            boolean answered,
            String answer,
            String answeredBy,
            Instant answeredAt) {
        static FeedbackView of(Feedback f) {
            return new FeedbackView(
                    f.id(),
                    f.projectId(),
                    f.kind(),
                    f.rating().orElse(null),
                    f.comments(),
                    f.author(),
                    f.createdAt(),
                    f.answeredAt().isPresent(),
                    f.answer().orElse(null),
                    f.answeredBy().orElse(null),
                    f.answeredAt().orElse(null));
        }
    }
}
