package org.proserv.releases.tracker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;

/**
 * A feature request on the ideas board. Every signed-in user has one vote per idea ({@link IdeaVote}): voting again
 * changes nothing, and so does withdrawing a vote one never gave. The idea keeps the number of votes, not the voters.
 */
@Entity
@Table(name = "releases_idea")
public class Idea {

    @Id
    @SequenceGenerator(name = "releases_seq", sequenceName = "releases_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "releases_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 20000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IdeaStatus status;

    /** The number of votes, counted as they come and go, so that the board can be ordered by it. */
    @Column(name = "vote_count", nullable = false)
    private int voteCount;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "status_changed_by", nullable = false, length = 64)
    private String statusChangedBy;

    @Column(name = "status_note", length = 2000)
    private String statusNote;

    protected Idea() {}

    public Idea(long productId, String title, String description, Actor author, Instant now) {
        this.productId = productId;
        this.title = title;
        this.description = description;
        this.status = IdeaStatus.OPEN;
        this.author = author.username();
        this.createdAt = now;
        this.statusChangedAt = now;
        this.statusChangedBy = author.username();
    }

    /**
     * Counts a vote of the actor: the vote to store. The caller has checked, under a lock on the idea, that the actor
     * has no vote for it yet ({@link IdeaVote}'s key): the idea does not hold its voters, so voting costs the same
     * however many votes it has.
     */
    public IdeaVote vote(Actor voter) {
        voteCount++;
        return new IdeaVote(id, voter.username());
    }

    /** Counts out a vote for this idea, which the caller removes. */
    public void withdraw(IdeaVote vote) {
        if (vote.ideaId() != id) {
            throw new IllegalArgumentException("a vote for idea " + vote.ideaId() + ", not " + id);
        }
        voteCount = Math.max(0, voteCount - 1);
    }

    /** Staff plan, complete or decline the idea (or open it again). */
    public void changeStatus(IdeaStatus to, String note, Actor staff, Instant now) {
        staff.requireStaff("change the status of ideas");
        if (status == to) {
            throw ProservException.conflict("Idea " + id + " is " + status + " already")
                    .with("ideaStatus", status.name());
        }
        status = to;
        statusNote = note;
        statusChangedBy = staff.username();
        statusChangedAt = now;
    }

    public Long id() {
        return id;
    }

    public long productId() {
        return productId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public IdeaStatus status() {
        return status;
    }

    public int votes() {
        return voteCount;
    }

    public String author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public String statusChangedBy() {
        return statusChangedBy;
    }

    public Optional<String> statusNote() {
        return Optional.ofNullable(statusNote);
    }
}
