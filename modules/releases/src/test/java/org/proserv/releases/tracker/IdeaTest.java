package org.proserv.releases.tracker;

import org.junit.jupiter.api.Test;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdeaTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final Actor ALICE = new Actor("alice", Role.customer, 5L);
    private static final Actor BOB = new Actor("bob", Role.customer, 6L);
    private static final Actor ERIN = new Actor("erin", Role.engineer, null);

    private final Idea idea = new Idea(1L, "One-click reorder", "Let customers repeat an order", ALICE, NOW);

    @Test
    void votingTwiceCountsOnce() {
        assertTrue(idea.vote(ALICE));
        assertFalse(idea.vote(ALICE));
        assertEquals(1, idea.votes());
        assertTrue(idea.vote(BOB));
        assertTrue(idea.vote(ERIN), "staff vote too");
        assertEquals(3, idea.votes());
        assertTrue(idea.votedBy(BOB));
    }

    @Test
    void withdrawingAVoteIsIdempotentToo() {
        idea.vote(ALICE);
        assertTrue(idea.withdrawVote(ALICE));
        assertFalse(idea.withdrawVote(ALICE));
        assertFalse(idea.withdrawVote(BOB));
        assertEquals(0, idea.votes());
        assertTrue(idea.vote(ALICE), "and one may vote again");
        assertEquals(1, idea.votes());
    }

    @Test
    void staffMoveTheStatus() {
        assertEquals(IdeaStatus.OPEN, idea.status());
        assertEquals(ProblemCategory.FORBIDDEN, assertThrows(ProservException.class,
                () -> idea.changeStatus(IdeaStatus.PLANNED, null, ALICE, NOW)).category());
        idea.changeStatus(IdeaStatus.PLANNED, "in 5.1", ERIN, NOW);
        assertEquals(IdeaStatus.PLANNED, idea.status());
        assertEquals("erin", idea.statusChangedBy());
        assertEquals(ProblemCategory.CONFLICT, assertThrows(ProservException.class,
                () -> idea.changeStatus(IdeaStatus.PLANNED, null, ERIN, NOW)).category());
    }
}
