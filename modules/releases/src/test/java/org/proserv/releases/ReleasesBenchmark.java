package org.proserv.releases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;
import org.proserv.kernel.error.ProservException;
import org.proserv.releases.patches.PatchKind;
import org.proserv.releases.patches.PatchPlanner;
import org.proserv.releases.patches.PatchPlanner.Candidate;
import org.proserv.releases.patches.PatchPlanner.LocalFile;
import org.proserv.releases.tracker.BugCorpus;
import org.proserv.releases.tracker.SimilarEntries;
import org.proserv.releases.tracker.SimilarityIndex;

/**
 * Timing of the patch planner and of the duplicate-suggestion index: a program, not a test, so the build never depends
 * on machine speed. Run with:
 *
 * <pre>
 * mvn -B -q -pl modules/releases test-compile exec:java \
 *     -Dexec.mainClass=org.proserv.releases.ReleasesBenchmark -Dexec.classpathScope=test
 * </pre>
 *
 * <p>Patch plans: a version with 2,000 patches shaped as one chain 2,000 deep (each released before the one it
 * requires, so priority and prerequisites disagree at every step), as 20 chains of 100, and as a random graph of up to
 * 3 prerequisites each; then a ring of 2,000 (a cycle found and reported). Similarity: an index of 3,000 generated
 * reports, built, grown by one report, then queried with paraphrases of its reports, also printing how often the
 * original came first. Warm-up rounds come first; the best and median of the measured rounds are printed.
 */
public final class ReleasesBenchmark {

    private static final int PATCHES = 2_000;
    private static final int WARMUP_ROUNDS = 20;
    private static final int MEASURED_ROUNDS = 20;
    private static final Instant DAY0 = Instant.parse("2026-01-01T00:00:00Z");

    private ReleasesBenchmark() {}

    public static void main(String[] args) {
        Random random = new Random(42);
        System.out.printf("%-58s %12s %12s%n", "operation", "best", "median");
        long sink = 0;

        List<Candidate> chain = new ArrayList<>();
        for (long id = 1; id <= PATCHES; id++) {
            chain.add(candidate(id, PATCHES - id, id == 1 ? List.of() : List.of(id - 1), "src/file" + id + ".php"));
        }
        List<LocalFile> modified = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            modified.add(new LocalFile("src/file" + (1 + random.nextInt(PATCHES)) + ".php", null));
        }
        sink += time(
                "plan: 2,000 patches, one chain 2,000 deep",
                () -> PatchPlanner.plan(chain, Set.of(), modified).manual());
        Set<Long> halfApplied = new HashSet<>();
        for (long id = 1; id <= PATCHES / 2; id++) {
            halfApplied.add(id);
        }
        sink += time(
                "plan: same chain, first 1,000 applied",
                () -> PatchPlanner.plan(chain, halfApplied, modified).steps().size());

        List<Candidate> chains = new ArrayList<>();
        for (long id = 1; id <= PATCHES; id++) {
            long previous = id - 20;
            chains.add(candidate(
                    id,
                    random.nextInt(365),
                    previous < 1 ? List.of() : List.of(previous),
                    "src/f" + id % 300 + ".php"));
        }
        sink += time(
                "plan: 2,000 patches, 20 chains 100 deep",
                () -> PatchPlanner.plan(chains, Set.of(), modified).manual());

        List<Candidate> dag = new ArrayList<>();
        for (long id = 1; id <= PATCHES; id++) {
            var requires = new ArrayList<Long>();
            for (int k = 0; k < 3 && id > 1; k++) {
                requires.add(1 + (long) random.nextInt((int) id - 1));
            }
            dag.add(candidate(id, random.nextInt(365), requires, "src/f" + id % 300 + ".php"));
        }
        sink += time(
                "plan: 2,000 patches, random graph (<= 3 prerequisites)",
                () -> PatchPlanner.plan(dag, Set.of(), modified).manual());

        List<Candidate> ring = new ArrayList<>(chain);
        ring.set(0, candidate(1, PATCHES, List.of((long) PATCHES), "src/file1.php"));
        sink += time("plan: ring of 2,000 (cycle found and reported)", () -> {
            try {
                PatchPlanner.plan(ring, Set.of(), List.of());
                throw new IllegalStateException("the ring must be reported");
            } catch (ProservException e) {
                return e.properties().get("cycle").toString().length();
            }
        });

        var corpus = new BugCorpus(7);
        List<BugCorpus.Report> reports = corpus.reports(3_000);
        List<SimilarityIndex.Document> documents = reports.stream()
                .map(r -> new SimilarityIndex.Document(r.id(), r.title(), r.steps()))
                .toList();
        sink += time(
                "similarity: build the index of 3,000 reports",
                () -> SimilarityIndex.build(documents).size());
        SimilarityIndex grown = SimilarityIndex.build(documents);
        long[] nextId = {1_000_000};
        sink += time("similarity: append one report to 3,000", () -> {
            BugCorpus.Report r = corpus.paraphrase(reports.get((int) (nextId[0] % reports.size())), 1);
            return grown.append(List.of(new SimilarityIndex.Document(nextId[0]++, r.title(), r.steps())));
        });
        SimilarityIndex index = SimilarityIndex.build(documents);
        List<BugCorpus.Report> queries = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            queries.add(corpus.paraphrase(reports.get(random.nextInt(reports.size())), 1));
        }
        int[] next = {0};
        sink += time("similarity: 100 queries among 3,000 reports", () -> {
            long found = 0;
            for (int i = 0; i < 100; i++) {
                BugCorpus.Report q = queries.get(next[0]++ % queries.size());
                found += index.similar(q.title(), q.steps(), 5, SimilarEntries.MIN_SCORE, Set.of())
                        .size();
            }
            return found;
        });

        Map<Long, BugCorpus.Report> byId = new HashMap<>();
        reports.forEach(r -> byId.put(r.id(), r));
        int first = 0;
        int topFive = 0;
        Random pick = new Random(3);
        int trials = 2_000;
        for (int t = 0; t < trials; t++) {
            BugCorpus.Report original = reports.get(pick.nextInt(reports.size()));
            BugCorpus.Report duplicate = corpus.paraphrase(original, 1);
            var matches = index.similar(duplicate.title(), duplicate.steps(), 5, SimilarEntries.MIN_SCORE, Set.of());
            first += !matches.isEmpty() && matches.get(0).id() == original.id() ? 1 : 0;
            topFive += matches.stream().anyMatch(m -> m.id() == original.id()) ? 1 : 0;
        }
        System.out.printf(
                "similarity: original first for %,d of %,d duplicates (%.1f%%), in the top five for %,d (%.1f%%)%n",
                first, trials, 100.0 * first / trials, topFive, 100.0 * topFive / trials);
        System.out.println("(checksum " + sink + ")");
    }

    private static Candidate candidate(long id, long day, List<Long> requires, String file) {
        return new Candidate(
                id,
                "patch " + id,
                PatchKind.BUG_FIX,
                null,
                DAY0.plusSeconds(86_400L * day),
                false,
                null,
                requires,
                Map.of(file, Long.toHexString(id * 2654435761L)));
    }

    /** Runs the operation in warm-up and measured rounds; prints best and median time per run. */
    private static long time(String name, LongSupplier operation) {
        long sink = 0;
        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            sink += operation.getAsLong();
        }
        long[] nanos = new long[MEASURED_ROUNDS];
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            long begin = System.nanoTime();
            sink += operation.getAsLong();
            nanos[round] = System.nanoTime() - begin;
        }
        Arrays.sort(nanos);
        System.out.printf("%-58s %12s %12s%n", name, format(nanos[0]), format(nanos[MEASURED_ROUNDS / 2]));
        return sink;
    }

    private static String format(long nanos) {
        return nanos >= 1_000_000 ? String.format("%.2f ms", nanos / 1e6) : String.format("%.1f µs", nanos / 1e3);
    }
}
