package org.proserv.kernel.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SweepTest {

    /** Stands for the database: a chunk commits all its rows or, when one row fails, none of them. */
    private static final class Table {
        final Set<Long> done = new HashSet<>();
        final Set<Long> poisoned;
        final List<Integer> transactionSizes = new ArrayList<>();

        Table(Set<Long> poisoned) {
            this.poisoned = poisoned;
        }

        int handle(List<Long> chunk) {
            transactionSizes.add(chunk.size());
            for (long id : chunk) {
                if (poisoned.contains(id)) {
                    throw new IllegalStateException("row " + id + " is broken");
                }
            }
            int handled = 0;
            for (long id : chunk) {
                if (done.add(id)) {
                    handled++;
                }
            }
            return handled;
        }
    }

    private static List<Long> ids(int count) {
        return LongStream.rangeClosed(1, count).boxed().toList();
    }

    @Test
    void oneBadRowFailsNeitherTheSweepNorTheOtherRows() {
        var table = new Table(Set.of(7L, 450L));
        var outcome = Sweep.named("test").run(ids(500), table::handle);
        assertEquals(498, outcome.handled());
        assertEquals(List.of(7L, 450L), outcome.failed());
        assertEquals(498, table.done.size());
        assertTrue(!table.done.contains(7L) && !table.done.contains(450L));
    }

    @Test
    void healthyRowsAreHandledInChunksNotOneByOne() {
        var table = new Table(Set.of());
        var outcome = Sweep.named("test").run(ids(450), table::handle);
        assertEquals(450, outcome.handled());
        assertEquals(List.of(Sweep.CHUNK, Sweep.CHUNK, 50), table.transactionSizes);
    }

    @Test
    void aFailedRowIsRetriedOnTheNextRunAndRowsAlreadyHandledAreNotCountedTwice() {
        var poisoned = new HashSet<>(Set.of(3L));
        var table = new Table(poisoned);
        assertEquals(
                List.of(3L), Sweep.named("test").run(ids(10), table::handle).failed());
        poisoned.clear();
        var second = Sweep.named("test").run(ids(10), table::handle);
        assertEquals(1, second.handled());
        assertTrue(second.failed().isEmpty());
        assertEquals(10, table.done.size());
    }
}
