package org.proserv.projects.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;
import org.proserv.projects.schedule.Schedule;
import org.proserv.projects.schema.ProjectsEntity;

/**
 * What the customer says of a closed project: a rating (1 to 5) with comments, at most one per project, or a complaint,
 * which a director answers once. The customer and staff read both.
 */
@Entity
@Table(name = "projects_feedback")
public class Feedback extends ProjectsEntity {

    public enum Kind {
        RATING,
        COMPLAINT
    }

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    static final int MAX_TEXT = 4000;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    /** The project's id on its one rating, null on complaints: the unique key allows one rating per project. */
    @Column(name = "rated_project_id", unique = true)
    private Long ratedProjectId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    private Integer rating;

    @Column(nullable = false, length = MAX_TEXT)
    private String comments;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(length = MAX_TEXT)
    private String answer;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected Feedback() {}

    private Feedback(Schedule schedule, Kind kind, Integer rating, String comments, Actor customer, Instant now) {
        this.projectId = schedule.projectId();
        this.customerId = schedule.customerId();
        this.kind = kind;
        this.rating = rating;
        this.ratedProjectId = kind == Kind.RATING ? schedule.projectId() : null;
        this.comments = comments;
        this.author = customer.username();
        this.createdAt = now;
    }

    /** The customer rates a closed project, 1 to 5, with comments. */
    public static Feedback rating(Schedule schedule, int rating, String comments, Actor customer, Instant now) {
        requireClosedAndOwn(schedule, customer);
        if (rating < MIN_RATING || rating > MAX_RATING) {
            throw ProservException.invalid("rating", "must be between " + MIN_RATING + " and " + MAX_RATING);
        }
        return new Feedback(schedule, Kind.RATING, rating, text("comments", comments, true), customer, now);
    }

    /** The customer complains about a closed project; a director must answer. */
    public static Feedback complaint(Schedule schedule, String complaint, Actor customer, Instant now) {
        requireClosedAndOwn(schedule, customer);
        return new Feedback(schedule, Kind.COMPLAINT, null, text("comments", complaint, false), customer, now);
    }

    /** A director answers a complaint, once. */
    public void answer(String text, Actor director, Instant now) {
        if (director.role() != Role.director) {
            throw ProservException.forbidden("Only a director answers complaints");
        }
        if (kind != Kind.COMPLAINT) {
            throw ProservException.conflict("Feedback " + id() + " is a rating: only complaints are answered")
                    .with("rule", "complaints-answered");
        }
        if (answeredAt != null) {
            throw ProservException.conflict(
                            "Complaint " + id() + " was answered at " + answeredAt + " by " + answeredBy)
                    .with("rule", "answered-once");
        }
        this.answer = text("answer", text, false);
        this.answeredBy = director.username();
        this.answeredAt = now;
    }

    private static void requireClosedAndOwn(Schedule schedule, Actor customer) {
        customer.requireCustomer("leave feedback");
        if (!customer.actsFor(schedule.customerId())) {
            throw ProservException.notFound("Project", schedule.projectId());
        }
        if (schedule.closedAt().isEmpty()) {
            throw ProservException.conflict("Project " + schedule.projectId()
                            + " is not closed yet: feedback comes after the project closes")
                    .with("rule", "feedback-after-closing");
        }
    }

    private static String text(String field, String value, boolean blankAllowed) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() && !blankAllowed) {
            throw ProservException.invalid(field, "is required");
        }
        if (text.length() > MAX_TEXT) {
            throw ProservException.invalid(field, "must be at most " + MAX_TEXT + " characters");
        }
        return text;
    }

    public long projectId() {
        return projectId;
    }

    public long customerId() {
        return customerId;
    }

    public Kind kind() {
        return kind;
    }

    public Optional<Integer> rating() {
        return Optional.ofNullable(rating);
    }

    public String comments() {
        return comments;
    }

    public String author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<String> answer() {
        return Optional.ofNullable(answer);
    }

    public Optional<String> answeredBy() {
        return Optional.ofNullable(answeredBy);
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }
}
