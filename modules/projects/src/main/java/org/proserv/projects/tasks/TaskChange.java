package org.proserv.projects.tasks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.proserv.platform.accounts.Role;
import org.proserv.projects.schema.ProjectsEntity;

/**
 * One entry of a task's history: a status change, a progress report or a new plan, with who, when and their note. Never
 * changed once written.
 */
@Entity
@Table(name = "projects_task_change")
public class TaskChange extends ProjectsEntity {

    public enum Kind {
        STATUS,
        PROGRESS,
        PLAN
    }

    static final int MAX_NOTE = 1000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "task_id")
    private Task task;

    @Column(name = "seq_no", nullable = false)
    private int seqNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private TaskStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private TaskStatus to;

    @Column(name = "percent_done", nullable = false)
    private int percentDone;

    @Column(nullable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", nullable = false, length = 40)
    private Role actorRole;

    @Column(length = MAX_NOTE)
    private String note;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected TaskChange() {}

    TaskChange(Task task, int seqNo, Kind kind, TaskStatus from, String actor, Role role, String note, Instant at) {
        this.task = task;
        this.seqNo = seqNo;
        this.kind = kind;
        this.from = from;
        this.to = task.status();
        this.percentDone = task.percentDone();
        this.actor = actor;
        this.actorRole = role;
        this.note = note;
        this.changedAt = at;
    }

    public int seqNo() {
        return seqNo;
    }

    public Kind kind() {
        return kind;
    }

    public TaskStatus from() {
        return from;
    }

    public TaskStatus to() {
        return to;
    }

    public int percentDone() {
        return percentDone;
    }

    public String actor() {
        return actor;
    }

    public Role actorRole() {
        return actorRole;
    }

    public String note() {
        return note;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
