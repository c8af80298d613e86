package org.proserv.releases.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;
import org.proserv.releases.Ids;

class IdeaTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final Actor ALICE = new Actor("alice", Role.customer, 5L);
    private static final Actor BOB = new Actor("bob", Role.customer, 6L);
    private static final Actor ERIN = new Actor("erin", Role.engineer, null);

    private final Idea idea =
            Ids.assign(new Idea(1L, "One-click reorder", "Let customers repeat an order", ALICE, NOW), 70L);

    @Test
    void eachVoteIsCountedAndKeyedByIdeaAndVoter() {
        var alice = idea.vote(ALICE);
        assertEquals(70L, alice.ideaId());
        assertEquals("alice", alice.voter());
        idea.vote(BOB);
        idea.vote(ERIN);
        assertEquals(3, idea.votes(), "staff vote too");
        assertEquals(new IdeaVote.Key(70L, "alice"), new IdeaVote.Key(alice.ideaId(), alice.voter()));
        assertNotEquals(new IdeaVote.Key(70L, "alice"), new IdeaVote.Key(71L, "alice"));
    }

    @Test
    void withdrawingAVoteCountsItOut() {
        var vote = idea.vote(ALICE);
        idea.withdraw(vote);
        assertEquals(0, idea.votes());
        idea.withdraw(vote);
        assertEquals(0, idea.votes(), "never below zero");
        var other = Ids.assign(new Idea(1L, "Dark theme", "For the admin", BOB, NOW), 71L);
        assertThrows(IllegalArgumentException.class, () -> other.withdraw(vote));
    }

    /** Voting must cost the same however many votes an idea has: it never loads its voters. */
    @Test
    void anIdeaHoldsNoCollectionOfVoters() {
        for (Field field : Idea.class.getDeclaredFields()) {
            assertFalse(
                    Collection.class.isAssignableFrom(field.getType()) || Map.class.isAssignableFrom(field.getType()),
                    field::toString);
        }
    }

    @Test
    void staffMoveTheStatus() {
        assertEquals(IdeaStatus.OPEN, idea.status());
        assertEquals(
                ProblemCategory.FORBIDDEN,
                assertThrows(ProservException.class, () -> idea.changeStatus(IdeaStatus.PLANNED, null, ALICE, NOW))
                        .category());
        idea.changeStatus(IdeaStatus.PLANNED, "in 5.1", ERIN, NOW);
        assertEquals(IdeaStatus.PLANNED, idea.status());
        assertEquals("erin", idea.statusChangedBy());
        assertEquals(
                ProblemCategory.CONFLICT,
                assertThrows(ProservException.class, () -> idea.changeStatus(IdeaStatus.PLANNED, null, ERIN, NOW))
                        .category());
    }
}
