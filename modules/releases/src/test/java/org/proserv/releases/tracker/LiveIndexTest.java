package org.proserv.releases.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LiveIndexTest {

    /** A table in memory that counts what is read from it. */
    private static class Table implements LiveIndex.Rows {
        final TreeMap<Long, SimilarityIndex.Document> rows = new TreeMap<>();
        final List<Long> aboveCalls = new ArrayList<>();
        final AtomicInteger rowsRead = new AtomicInteger();
        final AtomicInteger idScans = new AtomicInteger();
        volatile CountDownLatch blockReads;
        final CountDownLatch reading = new CountDownLatch(1);

        synchronized void insert(long id, String title) {
            rows.put(id, new SimilarityIndex.Document(id, title, title + " in the checkout"));
        }

        @Override
        public synchronized LiveIndex.Stats stats() {
            return new LiveIndex.Stats(rows.size(), rows.isEmpty() ? Long.MIN_VALUE : rows.lastKey());
        }

        @Override
        public List<SimilarityIndex.Document> above(long id) {
            List<SimilarityIndex.Document> result;
            synchronized (this) {
                aboveCalls.add(id);
                result = List.copyOf(rows.tailMap(id, false).values());
            }
            rowsRead.addAndGet(result.size());
            awaitUnblocked();
            return result;
        }

        @Override
        public synchronized List<Long> ids() {
            idScans.incrementAndGet();
            return List.copyOf(rows.keySet());
        }

        @Override
        public synchronized List<SimilarityIndex.Document> byIds(Collection<Long> ids) {
            rowsRead.addAndGet(ids.size());
            return ids.stream().map(rows::get).toList();
        }

        private void awaitUnblocked() {
            var latch = blockReads;
            if (latch != null) {
                reading.countDown();
                try {
                    assertTrue(latch.await(10, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    @Test
    void newRowsAreAppendedWithoutReadingTheOthersAgain() {
        var table = new Table();
        for (long id = 100; id < 400; id++) {
            table.insert(id, "Report " + id);
        }
        var live = new LiveIndex();
        var index = live.current(table);
        assertEquals(300, index.size());
        assertEquals(300, table.rowsRead.get());

        assertSame(index, live.current(table), "nothing new: the same index, nothing read");
        assertEquals(1, table.aboveCalls.size());

        table.insert(400, "Blank page after applying a coupon");
        var after = live.current(table);
        assertSame(index, after, "appended to, not built again");
        assertEquals(301, after.size());
        assertEquals(301, table.rowsRead.get(), "only the new row was read");
        assertEquals(List.of(Long.MIN_VALUE, 399L), table.aboveCalls);
        assertEquals(
                400L,
                after.similar("blank page coupon", "", 1, 0, Set.of()).get(0).id());
        assertEquals(0, table.idScans.get());
    }

    @Test
    void aRowCommittedAfterRowsWithHigherIdsIsFoundToo() {
        var table = new Table();
        table.insert(100, "Checkout is slow");
        table.insert(150, "Invoice totals wrong");
        var live = new LiveIndex();
        live.current(table);
        // 120 was handed out before 150 but its transaction committed later
        table.insert(120, "Coupon code rejected at checkout");
        var index = live.current(table);
        assertEquals(3, index.size());
        assertTrue(index.contains(120));
        assertEquals(1, table.idScans.get());
        assertEquals(3, table.rowsRead.get(), "the late row only, found by id");
    }

    @Test
    void concurrentRequestsBuildTheIndexOnceAndNeverCatchUpInParallel() throws Exception {
        var table = new Table();
        for (long id = 1; id <= 200; id++) {
            table.insert(id, "Report " + id);
        }
        var live = new LiveIndex();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            var barrier = new CyclicBarrier(8);
            var built = new ArrayList<Future<SimilarityIndex>>();
            for (int i = 0; i < 8; i++) {
                built.add(pool.submit(() -> {
                    barrier.await();
                    return live.current(table);
                }));
            }
            var first = built.get(0).get(10, TimeUnit.SECONDS);
            for (var f : built) {
                assertSame(first, f.get(10, TimeUnit.SECONDS));
            }
            assertEquals(List.of(Long.MIN_VALUE), table.aboveCalls, "built once, not by every request");

            // one request catches up and is held while reading; the others use the index as it is
            table.insert(201, "Blank page after applying a coupon");
            table.blockReads = new CountDownLatch(1);
            var catchingUp = pool.submit(() -> live.current(table));
            assertTrue(table.reading.await(10, TimeUnit.SECONDS));
            for (int i = 0; i < 7; i++) {
                var meanwhile = pool.submit(() -> live.current(table)).get(10, TimeUnit.SECONDS);
                assertSame(first, meanwhile);
            }
            assertEquals(List.of(Long.MIN_VALUE, 200L), table.aboveCalls, "no second catch-up in parallel");
            table.blockReads.countDown();
            assertEquals(201, catchingUp.get(10, TimeUnit.SECONDS).size());
            table.blockReads = null;
            assertEquals(201, live.current(table).size());
            assertEquals(2, table.aboveCalls.size());
        } finally {
            pool.shutdownNow();
        }
    }
}
