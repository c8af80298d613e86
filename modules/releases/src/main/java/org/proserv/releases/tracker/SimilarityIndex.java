package org.proserv.releases.tracker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Finds the entries most similar to a text, to suggest existing reports before a duplicate is posted. Plain Java, so it
 * ranks the same on every database.
 *
 * <p>Text is tokenized (lower case, letters and digits only, stop words and one-letter tokens dropped, light suffix
 * stripping so that "crashes", "crashed" and "crashing" meet), titles counting twice. Each entry is a TF-IDF vector
 * (sublinear term frequency, smoothed inverse document frequency) and candidates are ranked by cosine similarity, from
 * 0 (nothing in common) to 1 (the same words), ties by lower id. A query only touches the postings of its own terms.
 *
 * <p>Entries are added, never removed or changed ({@link #append}): an index grows with its table instead of being
 * built again. It is safe to share: queries run in parallel, an append excludes them only while it updates the
 * postings.
 */
public final class SimilarityIndex {

    /** An entry: its id, its title and its longer text (steps, description). */
    public record Document(long id, String title, String body) {}

    /** A similar entry and how similar, 0 to 1. */
    public record Match(long id, double score) {}

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at",
            "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "cannot",
            "could", "did", "do", "does", "doing", "don", "down", "during", "each", "few", "for", "from", "further",
            "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into",
            "is", "it", "its", "itself", "just", "me", "more", "most", "my", "no", "nor", "not", "now", "of", "off",
            "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so",
            "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
            "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
            "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "also", "get",
            "got", "go", "goes", "went", "still", "even", "ve", "ll", "re", "isn", "doesn", "didn", "wasn", "won",
            "please", "hi", "hello", "thanks", "thank");

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    /** The entries' ids by position; positions are given in the order entries are added. Guarded by {@link #lock}. */
    private long[] ids = new long[16];
    /** Each entry's vector length under the current document frequencies. Guarded by {@link #lock}. */
    private double[] norms = new double[16];

    private final Map<String, Postings> postings = new HashMap<>();
    private final Set<Long> known = new HashSet<>();
    private int size;
    private long maxId = Long.MIN_VALUE;

    private SimilarityIndex() {}

    /**
     * The postings of one term: the entries containing it, with the term's sublinear frequency in each. Its count is
     * the term's document frequency, so adding entries keeps it current; the inverse document frequency is applied when
     * the index is read.
     */
    private static final class Postings {
        int[] docs = new int[4];
        float[] frequencies = new float[4];
        int count;

        void add(int doc, float frequency) {
            if (count == docs.length) {
                docs = Arrays.copyOf(docs, count * 2);
                frequencies = Arrays.copyOf(frequencies, count * 2);
            }
            docs[count] = doc;
            frequencies[count] = frequency;
            count++;
        }
    }

    /** An index of these entries. */
    public static SimilarityIndex build(Collection<Document> documents) {
        var index = new SimilarityIndex();
        index.append(documents);
        return index;
    }

    /**
     * Adds entries, skipping ids it holds already, and answers how many were added. The index then ranks exactly as one
     * built from scratch over all its entries: document frequencies are counted as entries come, and the entries'
     * lengths are brought up to date from the postings (arithmetic over the postings, no text read again). Texts are
     * tokenized before the index is locked, so queries go on meanwhile; they wait only for the update itself.
     */
    public int append(Collection<Document> documents) {
        var incoming = new ArrayList<Map.Entry<Long, Map<String, Integer>>>(documents.size());
        for (Document d : documents) {
            incoming.add(Map.entry(d.id(), termCounts(d.title(), d.body())));
        }
        lock.writeLock().lock();
        try {
            int added = 0;
            for (var entry : incoming) {
                if (!known.add(entry.getKey())) {
                    continue;
                }
                int doc = size++;
                if (size > ids.length) {
                    ids = Arrays.copyOf(ids, Math.max(size, ids.length * 2));
                    norms = Arrays.copyOf(norms, ids.length);
                }
                ids[doc] = entry.getKey();
                maxId = Math.max(maxId, entry.getKey());
                for (var term : entry.getValue().entrySet()) {
                    postings.computeIfAbsent(term.getKey(), k -> new Postings())
                            .add(doc, (float) (1 + Math.log(term.getValue())));
                }
                added++;
            }
            if (added > 0) {
                normalize();
            }
            return added;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Every entry's length under the current document frequencies. */
    private void normalize() {
        Arrays.fill(norms, 0, size, 0.0);
        for (Postings p : postings.values()) {
            double idf = idfOf(size, p.count);
            for (int k = 0; k < p.count; k++) {
                double w = p.frequencies[k] * idf;
                norms[p.docs[k]] += w * w;
            }
        }
        for (int doc = 0; doc < size; doc++) {
            norms[doc] = Math.sqrt(norms[doc]);
        }
    }

    /**
     * The entries most similar to this title and body, best first: at most {@code limit}, each scoring at least
     * {@code minScore}, never one of {@code exclude}.
     */
    public List<Match> similar(String title, String body, int limit, double minScore, Set<Long> exclude) {
        Map<String, Integer> query = termCounts(title, body);
        lock.readLock().lock();
        try {
            if (query.isEmpty() || size == 0) {
                return List.of();
            }
            double[] dot = new double[size];
            double queryNorm = 0;
            for (var e : query.entrySet()) {
                Postings p = postings.get(e.getKey());
                double idf = idfOf(size, p == null ? 0 : p.count);
                double q = (1 + Math.log(e.getValue())) * idf;
                queryNorm += q * q;
                if (p != null) {
                    double qIdf = q * idf;
                    for (int k = 0; k < p.count; k++) {
                        dot[p.docs[k]] += qIdf * p.frequencies[k];
                    }
                }
            }
            queryNorm = Math.sqrt(queryNorm);
            var matches = new ArrayList<Match>();
            for (int doc = 0; doc < size; doc++) {
                if (dot[doc] <= 0 || exclude.contains(ids[doc])) {
                    continue;
                }
                double score = dot[doc] / (queryNorm * norms[doc]);
                if (score >= minScore) {
                    matches.add(new Match(ids[doc], Math.min(1.0, score)));
                }
            }
            matches.sort((a, b) ->
                    a.score() != b.score() ? Double.compare(b.score(), a.score()) : Long.compare(a.id(), b.id()));
            return List.copyOf(matches.subList(0, Math.min(limit, matches.size())));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** How many entries it holds. */
    public int size() {
        lock.readLock().lock();
        try {
            return size;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The highest id it holds; {@link Long#MIN_VALUE} when empty. */
    public long maxId() {
        lock.readLock().lock();
        try {
            return maxId;
        } finally {
            lock.readLock().unlock();
        }
    }

    public boolean contains(long id) {
        lock.readLock().lock();
        try {
            return known.contains(id);
        } finally {
            lock.readLock().unlock();
        }
    }

    private static double idfOf(int n, int df) {
        return Math.log((n + 1.0) / (df + 1.0)) + 1.0;
    }

    private static Map<String, Integer> termCounts(String title, String body) {
        var counts = new HashMap<String, Integer>();
        for (String t : tokens(title)) {
            counts.merge(t, 2, Integer::sum);
        }
        for (String t : tokens(body)) {
            counts.merge(t, 1, Integer::sum);
        }
        return counts;
    }

    /** The terms of a text, in order: lower case, letters and digits, no stop words, light stemming. */
    public static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        if (text == null) {
            return tokens;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean word = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                String token = lower.substring(start, i);
                start = -1;
                if (token.length() > 1 && !STOP_WORDS.contains(token)) {
                    tokens.add(stem(token));
                }
            }
        }
        return tokens;
    }

    /**
     * A light stemmer for English: enough that plural, past and progressive forms and a final silent e meet ("pages",
     * "page"; "saved", "saving", "save"; "applied", "applying", "apply"), never so much that unrelated words collide
     * often.
     */
    static String stem(String word) {
        if (!Character.isLetter(word.charAt(0))) {
            return word;
        }
        String w = word;
        if ((w.endsWith("ies") || w.endsWith("ied")) && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ing") && w.length() > 5) {
            w = undouble(w.substring(0, w.length() - 3));
        } else if (w.endsWith("ed") && w.length() > 4) {
            w = undouble(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("e") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** "stopp" (from stopped) to "stop"; "fall" and "miss" keep their double letters. */
    private static String undouble(String w) {
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "bdgmnprt".indexOf(w.charAt(n - 1)) >= 0) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
