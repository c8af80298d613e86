package org.proserv.releases.patches;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.proserv.kernel.error.FieldError;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;

/**
 * The patch plan of a store: which of its version's patches it still has to apply, in which order, and which of them
 * need a person (docs/releases.md, Patch plans).
 *
 * <p>The order is a topological order of the not-yet-applied patches by their prerequisites (Kahn's algorithm), taking
 * among the patches whose prerequisites are all placed the one released first (then the lowest id), so equal inputs
 * always give the same plan. Everything is iterative: a chain of thousands of prerequisites costs no stack, and a cycle
 * is reported with the ids on it instead of looping. Cost: O((patches + prerequisites) log patches).
 *
 * <p>A patch is <em>manual</em>, with every reason that applies, when it is flagged manual-only; when a file it changes
 * was modified locally (listed by the store without a checksum, or with one other than the patch expects); when a
 * prerequisite is neither applied nor released for the version (missing); when the store does not let the installer
 * write a file it changes (file permissions: none of the store's files writable, or that path or a directory above it
 * listed as not writable); or when a prerequisite is itself manual. Otherwise it is <em>automatic</em>.
 *
 * <p>A patch's checksums are those of the files before it. When several steps of the plan change the same file, they
 * are followed in plan order: the first is checked against the store's copy; after an automatic step the file is as
 * that patch leaves it, which is what the next patch changing it expects, so it does not count as modified for later
 * steps. After a manual step it is so only once the person has applied it: a later step changing that file is manual
 * too (prerequisiteManual, naming the file and the step), unless the store's copy was modified locally, which stays the
 * reason, or is already exactly as the later patch expects.
 */
public final class PatchPlanner {

    /** A patch of the version, as the planner needs it. */
    public record Candidate(
            long id,
            String title,
            PatchKind kind,
            Severity severity,
            Instant releasedAt,
            boolean manualOnly,
            String manualNote,
            Collection<Long> prerequisites,
            Map<String, String> files) {}

    /** A file the store changed, optionally with its current checksum. */
    public record LocalFile(String path, String checksum) {}

    public enum Mode {
        automatic,
        manual
    }

    public enum ReasonCode {
        manualOnly,
        modifiedFile,
        prerequisiteMissing,
        prerequisiteManual,
        filePermissions
    }

    /**
     * Which of its files the store lets an installer write: all of them, none ({@code allFiles} false), or all but the
     * listed paths, a path that names a directory covering every file under it.
     */
    public record Writable(boolean allFiles, Set<String> unwritablePaths) {

        public static final Writable EVERYTHING = new Writable(true, Set.of());

        public Writable {
            unwritablePaths = Set.copyOf(unwritablePaths);
        }

        /** From a request: {@code filesWritable} (true when absent) and paths normalized as patch files' are. */
        public static Writable of(Boolean filesWritable, Collection<String> unwritablePaths) {
            var paths = new HashSet<String>();
            for (String path : unwritablePaths) {
                String p = path.trim();
                while (p.endsWith("/") || p.endsWith("\\")) {
                    p = p.substring(0, p.length() - 1);
                }
                paths.add(PatchFile.normalizePath("unwritablePaths", p.isEmpty() ? path : p));
            }
            return new Writable(filesWritable == null || filesWritable, paths);
        }

        /** Whether the store lets the installer write this (normalized) path. */
        public boolean allows(String path) {
            if (!allFiles) {
                return false;
            }
            if (unwritablePaths.isEmpty()) {
                return true;
            }
            // the path itself, then each directory above it
            for (int slash = path.length(); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                if (unwritablePaths.contains(path.substring(0, slash))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Why a step is manual; {@code path} or {@code patchId} name what it is about. */
    public record Reason(ReasonCode code, String detail, String path, Long patchId) {}

    /**
     * One patch to apply, at its place in the plan; {@code requires} lists its prerequisites in this plan, in plan
     * order.
     */
    public record Step(int order, Candidate patch, Mode mode, List<Reason> reasons, List<Long> requires) {}

    public record Plan(List<Step> steps) {

        public long automatic() {
            return steps.stream().filter(s -> s.mode() == Mode.automatic).count();
        }

        public long manual() {
            return steps.size() - automatic();
        }
    }

    /** The order in which patches are taken when several are ready: released first, then lowest id. */
    static final Comparator<Candidate> PRIORITY =
            Comparator.comparing(Candidate::releasedAt).thenComparingLong(Candidate::id);

    private PatchPlanner() {}

    /**
     * The plan for a version whose patches are {@code versionPatches}, of which the store applied {@code applied} (all
     * of them patches of this version: the caller checks), with these files modified locally.
     *
     * @throws ProservException 409 naming the patches on a prerequisite cycle
     */
    public static Plan plan(Collection<Candidate> versionPatches, Set<Long> applied, Collection<LocalFile> modified) {
        return plan(versionPatches, applied, modified, Writable.EVERYTHING);
    }

    /** The plan, for a store that lets the installer write only what {@code writable} allows. */
    public static Plan plan(
            Collection<Candidate> versionPatches,
            Set<Long> applied,
            Collection<LocalFile> modified,
            Writable writable) {
        List<Candidate> todo = versionPatches.stream()
                .filter(c -> !applied.contains(c.id()))
                .sorted(PRIORITY)
                .toList();
        int n = todo.size();
        var index = new HashMap<Long, Integer>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(todo.get(i).id(), i);
        }
        int[][] prerequisites = new int[n][];
        List<List<Long>> missing = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            var inPlan = new TreeSet<Integer>();
            var absent = new TreeSet<Long>();
            for (Long p : todo.get(i).prerequisites()) {
                Integer j = index.get(p);
                if (j != null) {
                    inPlan.add(j);
                } else if (!applied.contains(p)) {
                    absent.add(p);
                }
            }
            prerequisites[i] = inPlan.stream().mapToInt(Integer::intValue).toArray();
            missing.add(List.copyOf(absent));
        }
        int[] order;
        try {
            order = topologicalOrder(prerequisites, i -> todo.get(i).id());
        } catch (CycleFound e) {
            throw cycleProblem(e.cycle);
        }

        Map<String, String> localFiles = localFiles(modified);
        // per file: the last step so far that changes it, and whether the store's copy is as the first such step
        // expects
        var lastChange = new HashMap<String, Integer>();
        var unmodified = new HashMap<String, Boolean>();
        boolean[] manual = new boolean[n];
        int[] position = new int[n];
        var steps = new ArrayList<Step>(n);
        for (int k = 0; k < n; k++) {
            int i = order[k];
            position[i] = k + 1;
            Candidate c = todo.get(i);
            var reasons = new ArrayList<Reason>();
            if (c.manualOnly()) {
                reasons.add(new Reason(
                        ReasonCode.manualOnly,
                        c.manualNote() == null || c.manualNote().isBlank()
                                ? "the patch is flagged manual-only"
                                : "the patch is flagged manual-only: " + c.manualNote(),
                        null,
                        null));
            }
            int[] pre = sortedByPosition(prerequisites[i], position);
            var requires = new ArrayList<Long>(pre.length);
            for (int j : pre) {
                requires.add(todo.get(j).id());
            }
            var afterManual = new ArrayList<Reason>();
            var files = new ArrayList<>(c.files().entrySet());
            files.sort(Map.Entry.comparingByKey());
            for (var file : files) {
                String path = file.getKey();
                String expected = file.getValue();
                boolean listed = localFiles.containsKey(path);
                String local = localFiles.get(path);
                boolean asExpected = !listed || expected.equals(local);
                Integer prior = lastChange.put(path, i);
                if (prior == null) {
                    unmodified.put(path, asExpected);
                    if (!asExpected) {
                        reasons.add(modifiedFile(path, local, expected));
                    }
                } else if (manual[prior] && !(listed && expected.equals(local))) {
                    // a step before this one changes the file by hand: as this patch expects only once that is done
                    if (!unmodified.get(path)) {
                        reasons.add(modifiedFile(path, local, expected));
                    } else if (!requires.contains(todo.get(prior).id())) {
                        afterManual.add(new Reason(
                                ReasonCode.prerequisiteManual,
                                "changes " + path + " after patch "
                                        + todo.get(prior).id() + " (step " + position[prior]
                                        + "), which is applied manually",
                                path,
                                todo.get(prior).id()));
                    }
                }
                // after an automatic step the file is as that patch leaves it: what the next patch changing it expects
                if (!writable.allows(path)) {
                    reasons.add(new Reason(
                            ReasonCode.filePermissions,
                            writable.allFiles()
                                    ? path
                                            + " is not writable in the store: the patch changes it, so it is applied "
                                            + "by hand"
                                    : "the store's files are not writable: the patch changes " + path
                                            + ", so it is applied by hand",
                            path,
                            null));
                }
            }
            for (Long p : missing.get(i)) {
                reasons.add(new Reason(
                        ReasonCode.prerequisiteMissing,
                        "requires patch " + p + ", which is neither applied nor released for this version",
                        null,
                        p));
            }
            for (int j : pre) {
                if (manual[j]) {
                    reasons.add(new Reason(
                            ReasonCode.prerequisiteManual,
                            "requires patch " + todo.get(j).id() + " (step " + position[j]
                                    + "), which is applied manually",
                            null,
                            todo.get(j).id()));
                }
            }
            reasons.addAll(afterManual);
            manual[i] = !reasons.isEmpty();
            steps.add(new Step(
                    k + 1, c, manual[i] ? Mode.manual : Mode.automatic, List.copyOf(reasons), List.copyOf(requires)));
        }
        return new Plan(List.copyOf(steps));
    }

    /**
     * Checks the patches a store says it applied: each must be a patch of its version, or a patch of another version
     * that the version's patches require, directly or through other prerequisites (a store applies it to satisfy them).
     * Ids that are no patch of the product and other patches of the product are a 400 on {@code appliedPatches} naming
     * them ({@code unknownPatches}, {@code otherVersionPatches}).
     *
     * @param ofVersion the ids of the version's patches
     * @param requiredByVersion the ids of the other patches the version's patches require
     *     ({@link #requiredFromElsewhere})
     * @param ofProduct which of the other applied ids are patches of the product
     */
    public static void requireApplicable(
            Set<Long> applied, Set<Long> ofVersion, Set<Long> requiredByVersion, Set<Long> ofProduct, String version) {
        var unknown = new TreeSet<Long>();
        var otherVersions = new TreeSet<Long>();
        for (Long id : applied) {
            if (!ofVersion.contains(id) && !requiredByVersion.contains(id)) {
                (ofProduct.contains(id) ? otherVersions : unknown).add(id);
            }
        }
        if (unknown.isEmpty() && otherVersions.isEmpty()) {
            return;
        }
        var errors = new ArrayList<FieldError>();
        if (!unknown.isEmpty()) {
            errors.add(new FieldError("appliedPatches", "unknown patches: " + join(unknown)));
        }
        if (!otherVersions.isEmpty()) {
            errors.add(new FieldError(
                    "appliedPatches",
                    "patches neither released for " + version + " nor required by its patches: "
                            + join(otherVersions)));
        }
        var problem = new ProservException(
                ProblemCategory.VALIDATION,
                errors.stream().map(e -> e.field() + ": " + e.reason()).collect(Collectors.joining("; ")),
                errors);
        if (!unknown.isEmpty()) {
            problem.with("unknownPatches", join(unknown));
        }
        if (!otherVersions.isEmpty()) {
            problem.with("otherVersionPatches", join(otherVersions));
        }
        throw problem;
    }

    /**
     * The patches of other versions that the version's patches require, directly or through other prerequisites, given
     * the product's prerequisites (each patch id with the ids it requires). Iterative, linear in the prerequisites
     * walked.
     */
    public static Set<Long> requiredFromElsewhere(
            Collection<Candidate> versionPatches, Map<Long, ? extends Collection<Long>> requires) {
        var ofVersion = new HashSet<Long>();
        versionPatches.forEach(c -> ofVersion.add(c.id()));
        var found = new HashSet<Long>();
        var toVisit = new ArrayDeque<Long>();
        for (Candidate c : versionPatches) {
            for (Long p : c.prerequisites()) {
                if (!ofVersion.contains(p) && found.add(p)) {
                    toVisit.add(p);
                }
            }
        }
        while (!toVisit.isEmpty()) {
            Collection<Long> next = requires.get(toVisit.poll());
            if (next == null) {
                continue;
            }
            for (Long p : next) {
                if (!ofVersion.contains(p) && found.add(p)) {
                    toVisit.add(p);
                }
            }
        }
        return found;
    }

    private static Reason modifiedFile(String path, String local, String expected) {
        return local == null
                ? new Reason(ReasonCode.modifiedFile, path + " was modified locally", path, null)
                : new Reason(
                        ReasonCode.modifiedFile,
                        path + " was modified locally: its checksum " + local + " is not the " + expected
                                + " the patch expects",
                        path,
                        null);
    }

    private static String join(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /**
     * A prerequisite cycle among these patches (each id with the ids it requires; ids that are not keys are ignored),
     * as the ids along it starting from the lowest: {@code [a, b, c]} means a requires b, b requires c and c requires
     * a.
     */
    public static Optional<List<Long>> findCycle(Map<Long, ? extends Collection<Long>> requires) {
        List<Long> ids = new ArrayList<>(new TreeSet<>(requires.keySet()));
        var index = new HashMap<Long, Integer>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        int[][] prerequisites = new int[ids.size()][];
        for (int i = 0; i < ids.size(); i++) {
            prerequisites[i] = requires.get(ids.get(i)).stream()
                    .map(index::get)
                    .filter(j -> j != null)
                    .distinct()
                    .mapToInt(Integer::intValue)
                    .toArray();
        }
        try {
            topologicalOrder(prerequisites, ids::get);
            return Optional.empty();
        } catch (CycleFound e) {
            return Optional.of(e.cycle);
        }
    }

    /**
     * Kahn's algorithm over nodes 0..n-1 where lower numbers go first when several are ready. Throws {@link CycleFound}
     * naming a cycle when the prerequisites have one.
     */
    private static int[] topologicalOrder(int[][] prerequisites, IntFunction<Long> idOf) {
        int n = prerequisites.length;
        int[] waitingFor = new int[n];
        int[] dependentCount = new int[n];
        for (int i = 0; i < n; i++) {
            waitingFor[i] = prerequisites[i].length;
            for (int j : prerequisites[i]) {
                dependentCount[j]++;
            }
        }
        int[][] dependents = new int[n][];
        for (int j = 0; j < n; j++) {
            dependents[j] = new int[dependentCount[j]];
        }
        int[] filled = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j : prerequisites[i]) {
                dependents[j][filled[j]++] = i;
            }
        }
        var ready = new PriorityQueue<Integer>();
        for (int i = 0; i < n; i++) {
            if (waitingFor[i] == 0) {
                ready.add(i);
            }
        }
        int[] order = new int[n];
        int placed = 0;
        while (!ready.isEmpty()) {
            int i = ready.poll();
            order[placed++] = i;
            for (int d : dependents[i]) {
                if (--waitingFor[d] == 0) {
                    ready.add(d);
                }
            }
        }
        if (placed < n) {
            throw new CycleFound(cycle(prerequisites, waitingFor, idOf));
        }
        return order;
    }

    /**
     * A cycle among the nodes Kahn's algorithm could not place: each of them still waits for an unplaced prerequisite,
     * so walking from one to such a prerequisite must come back to a node already seen. Iterative, linear in the nodes
     * walked.
     */
    private static List<Long> cycle(int[][] prerequisites, int[] waitingFor, IntFunction<Long> idOf) {
        int start = -1;
        long lowest = Long.MAX_VALUE;
        for (int i = 0; i < prerequisites.length; i++) {
            if (waitingFor[i] > 0 && idOf.apply(i) < lowest) {
                lowest = idOf.apply(i);
                start = i;
            }
        }
        var seenAt = new HashMap<Integer, Integer>();
        var walk = new ArrayList<Integer>();
        int current = start;
        while (!seenAt.containsKey(current)) {
            seenAt.put(current, walk.size());
            walk.add(current);
            int next = -1;
            long nextId = Long.MAX_VALUE;
            for (int j : prerequisites[current]) {
                if (waitingFor[j] > 0 && idOf.apply(j) < nextId) {
                    nextId = idOf.apply(j);
                    next = j;
                }
            }
            current = next;
        }
        List<Long> ids = walk.subList(seenAt.get(current), walk.size()).stream()
                .map(idOf::apply)
                .toList();
        int first = ids.indexOf(ids.stream().min(Long::compare).orElseThrow());
        var rotated = new ArrayList<Long>(ids.size());
        for (int k = 0; k < ids.size(); k++) {
            rotated.add(ids.get((first + k) % ids.size()));
        }
        return List.copyOf(rotated);
    }

    private static int[] sortedByPosition(int[] nodes, int[] position) {
        return Arrays.stream(nodes)
                .boxed()
                .sorted(Comparator.comparingInt(j -> position[j]))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private static Map<String, String> localFiles(Collection<LocalFile> modified) {
        var files = new HashMap<String, String>();
        for (LocalFile f : modified) {
            String path = PatchFile.normalizePath("modifiedFiles", f.path());
            String checksum = f.checksum() == null || f.checksum().isBlank()
                    ? null
                    : f.checksum().trim().toLowerCase(Locale.ROOT);
            // listed twice: a listing without checksum (surely modified) wins
            if (!files.containsKey(path) || checksum == null) {
                files.put(path, checksum);
            }
        }
        return files;
    }

    /** The 409 for a prerequisite cycle, naming the patches on it. */
    public static ProservException cycleProblem(List<Long> cycle) {
        String path = cycle.stream().map(String::valueOf).collect(Collectors.joining(" requires ")) + " requires "
                + cycle.get(0);
        return ProservException.conflict("The prerequisites of these patches form a cycle: " + path
                        + ". No order can apply them; staff must correct the prerequisites.")
                .with("cycle", join(cycle));
    }

    /** Internal signal of a cycle; turned into a 409 by {@link #plan} and into a result by {@link #findCycle}. */
    private static final class CycleFound extends RuntimeException {
        private final List<Long> cycle;

        CycleFound(List<Long> cycle) {
            super(null, null, false, false);
            this.cycle = cycle;
        }
    }
}
