package org.proserv.releases.tracker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One user's vote for an idea. Its key is the idea and the voter, so a user has at most one vote per idea, and whether
 * they voted is one lookup by key however many votes the idea has.
 */
@Entity
@Table(name = "releases_idea_vote")
@IdClass(IdeaVote.Key.class)
public class IdeaVote {

    /** The key of a vote: the idea and the voter's username. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long ideaId;
        private String voter;

        public Key() {}

        public Key(long ideaId, String voter) {
            this.ideaId = ideaId;
            this.voter = voter;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && ideaId == other.ideaId && Objects.equals(voter, other.voter);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ideaId, voter);
        }
    }

    @Id
    @Column(name = "idea_id")
    private long ideaId;

    @Id
    @Column(nullable = false, length = 64)
    private String voter;

    protected IdeaVote() {}

    IdeaVote(long ideaId, String voter) {
        this.ideaId = ideaId;
        this.voter = voter;
    }

    public long ideaId() {
        return ideaId;
    }

    public String voter() {
        return voter;
    }
}
