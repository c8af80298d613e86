package org.proserv.releases.tracker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a bug report's history: who changed its status, to what, and when. Never changed once written. */
@Entity
@Table(name = "releases_bug_change")
public class BugStatusChange {

    @Id
    @SequenceGenerator(name = "releases_seq", sequenceName = "releases_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "releases_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "bug_id")
    private BugReport bug;

    @Column(name = "seq_no", nullable = false)
    private int seqNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private BugStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private BugStatus to;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(length = 2000)
    private String note;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected BugStatusChange() {}

    BugStatusChange(
            BugReport bug, int seqNo, BugStatus from, BugStatus to, String actor, String note, Instant changedAt) {
        this.bug = bug;
        this.seqNo = seqNo;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.note = note;
        this.changedAt = changedAt;
    }

    public int seqNo() {
        return seqNo;
    }

    public BugStatus from() {
        return from;
    }

    public BugStatus to() {
        return to;
    }

    public String actor() {
        return actor;
    }

    public String note() {
        return note;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
