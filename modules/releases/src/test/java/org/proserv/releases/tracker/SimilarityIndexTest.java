package org.proserv.releases.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimilarityIndexTest {

    private static SimilarityIndex index(List<BugCorpus.Report> reports) {
        return SimilarityIndex.build(reports.stream()
                .map(r -> new SimilarityIndex.Document(r.id(), r.title(), r.steps()))
                .toList());
    }

    @Test
    void anObviousDuplicateRanksItsOriginalFirstInAGeneratedCorpusOfFourHundredReports() {
        var corpus = new BugCorpus(2026);
        List<BugCorpus.Report> reports = new ArrayList<>(corpus.reports(400));
        reports.add(new BugCorpus.Report(
                1000,
                "Checkout page goes blank after applying a coupon code",
                "1. Add any product to the cart. 2. Open the checkout. 3. Apply the coupon SAVE10: the page turns "
                        + "white.",
                0,
                0,
                0,
                new int[3]));
        SimilarityIndex index = index(reports);
        var matches = index.similar(
                "Blank checkout when a coupon is applied",
                "Put something in the cart, go to checkout and enter a coupon code - the checkout page is blank!",
                5,
                SimilarEntries.MIN_SCORE,
                Set.of());
        assertEquals(1000L, matches.get(0).id(), matches::toString);
    }

    /**
     * The generated duplicates: each of 1,000 is about the same area, action and symptom as a report of the corpus, in
     * another sentence with other filler and one of the three reworded, while the corpus holds many reports sharing two
     * of the three, often word for word.
     */
    @Test
    void generatedObviousDuplicatesFindTheirOriginalFirstAlmostAlwaysAndInTheTopThreePractically() {
        var corpus = new BugCorpus(2026);
        List<BugCorpus.Report> reports = corpus.reports(400);
        SimilarityIndex index = index(reports);
        Random pick = new Random(11);
        int first = 0;
        int topThree = 0;
        int trials = 1_000;
        for (int trial = 0; trial < trials; trial++) {
            BugCorpus.Report original = reports.get(pick.nextInt(reports.size()));
            BugCorpus.Report duplicate = corpus.paraphrase(original, 1);
            var matches = index.similar(duplicate.title(), duplicate.steps(), 3, SimilarEntries.MIN_SCORE, Set.of());
            first += !matches.isEmpty() && matches.get(0).id() == original.id() ? 1 : 0;
            topThree += matches.stream().anyMatch(m -> m.id() == original.id()) ? 1 : 0;
        }
        assertTrue(first >= 0.95 * trials, "first for " + first + " of " + trials);
        assertTrue(topThree >= 0.99 * trials, "in the top three for " + topThree + " of " + trials);
    }

    @Test
    void aHandWrittenDuplicateOutranksReportsSharingOnlyCommonWords() {
        var index = SimilarityIndex.build(List.of(
                new SimilarityIndex.Document(
                        1,
                        "Checkout page is blank after applying a coupon",
                        "Add any product to the cart, go to checkout, apply coupon SAVE10: the page turns white."),
                new SimilarityIndex.Document(2, "Checkout page is slow", "The checkout takes ten seconds to load."),
                new SimilarityIndex.Document(
                        3, "Coupon discount not shown in the order email", "Apply a coupon and order."),
                new SimilarityIndex.Document(
                        4, "Blank page in admin after saving settings", "Save any setting: blank page."),
                new SimilarityIndex.Document(
                        5, "Product images are not resized", "Upload a large image to a product.")));
        var matches = index.similar(
                "White blank checkout when coupon code applied",
                "I applied a coupon and the checkout page went blank",
                5,
                0.0,
                Set.of());
        assertEquals(1L, matches.get(0).id(), matches::toString);
        assertTrue(matches.get(0).score() > 2 * matches.get(1).score(), matches::toString);
        assertTrue(matches.stream().noneMatch(m -> m.id() == 5), "nothing in common, never suggested");
    }

    @Test
    void unrelatedTextSuggestsNothingAndExcludedIdsAreSkipped() {
        var reports = new BugCorpus(3).reports(300);
        var index = index(reports);
        assertTrue(
                index.similar("Quarterly licence invoice for the accountant", "", 5, SimilarEntries.MIN_SCORE, Set.of())
                        .isEmpty());
        assertTrue(index.similar("", null, 5, 0, Set.of()).isEmpty());
        var first = reports.get(0);
        var withSelf = index.similar(first.title(), first.steps(), 3, 0, Set.of());
        assertEquals(first.id(), withSelf.get(0).id());
        assertEquals(1.0, withSelf.get(0).score(), 1e-6, "a text is identical to itself");
        assertTrue(index.similar(first.title(), first.steps(), 3, 0, Set.of(first.id())).stream()
                .noneMatch(m -> m.id() == first.id()));
    }

    /**
     * An index grown by appends, in batches of every size, ranks exactly as one built at once over the same entries:
     * document frequencies and lengths follow the entries added.
     */
    @Test
    void anIndexGrownByAppendsRanksAsOneBuiltAtOnce() {
        var corpus = new BugCorpus(41);
        List<BugCorpus.Report> reports = corpus.reports(600);
        var documents = reports.stream()
                .map(r -> new SimilarityIndex.Document(r.id(), r.title(), r.steps()))
                .toList();
        var grown = SimilarityIndex.build(documents.subList(0, 1));
        Random sizes = new Random(5);
        int at = 1;
        while (at < documents.size()) {
            int next = Math.min(documents.size(), at + 1 + sizes.nextInt(40));
            assertEquals(next - at, grown.append(documents.subList(at, next)));
            at = next;
        }
        assertEquals(0, grown.append(documents.subList(0, 50)), "entries it holds are not added twice");
        var built = SimilarityIndex.build(documents);
        assertEquals(built.size(), grown.size());
        assertEquals(
                documents.stream().mapToLong(SimilarityIndex.Document::id).max().orElseThrow(), grown.maxId());
        Random pick = new Random(9);
        for (int trial = 0; trial < 300; trial++) {
            var duplicate = corpus.paraphrase(reports.get(pick.nextInt(reports.size())), 1);
            var expected = built.similar(duplicate.title(), duplicate.steps(), 10, 0.0, Set.of());
            var actual = grown.similar(duplicate.title(), duplicate.steps(), 10, 0.0, Set.of());
            assertEquals(
                    expected.stream().map(SimilarityIndex.Match::id).toList(),
                    actual.stream().map(SimilarityIndex.Match::id).toList());
            for (int k = 0; k < expected.size(); k++) {
                assertEquals(expected.get(k).score(), actual.get(k).score(), 1e-12);
            }
        }
    }

    @Test
    void aTermGrowingCommonWeighsLessOnceTheEntriesUsingItAreAppended() {
        var first = List.of(
                new SimilarityIndex.Document(1, "Invoice totals wrong", "The invoice shows the wrong totals."),
                new SimilarityIndex.Document(2, "Checkout slow", "The checkout takes ten seconds."));
        var index = SimilarityIndex.build(first);
        double before = scoreOf(index, 2, "checkout");
        var more = new ArrayList<SimilarityIndex.Document>();
        for (long id = 3; id < 50; id++) {
            more.add(new SimilarityIndex.Document(id, "Checkout problem " + id, "Something about checkout " + id));
        }
        index.append(more);
        assertEquals(49, index.size());
        assertTrue(index.contains(2) && index.contains(49) && !index.contains(50));
        double after = scoreOf(index, 2, "checkout");
        assertTrue(after < before, "checkout is in every entry now, so it tells less: " + before + " then " + after);
        var all = new ArrayList<>(first);
        all.addAll(more);
        assertEquals(scoreOf(SimilarityIndex.build(all), 2, "checkout"), after, 1e-12);
    }

    private static double scoreOf(SimilarityIndex index, long id, String query) {
        return index.similar(query, "", 100, 0, Set.of()).stream()
                .filter(m -> m.id() == id)
                .findFirst()
                .orElseThrow()
                .score();
    }

    @Test
    void tokensAreLowerCaseWordsWithoutStopWordsAndLightlyStemmed() {
        assertEquals(
                List.of("checkout", "pag", "blank", "500", "error"),
                SimilarityIndex.tokens("The Checkout-page is BLANK (500 error)!"));
        assertEquals(
                SimilarityIndex.tokens("crash crashes crashed crashing"), List.of("crash", "crash", "crash", "crash"));
        assertEquals(
                SimilarityIndex.tokens("apply applies applied applying"), List.of("apply", "apply", "apply", "apply"));
        assertEquals(SimilarityIndex.tokens("save saved saving saves"), List.of("sav", "sav", "sav", "sav"));
        assertEquals(SimilarityIndex.tokens("stop stopped stopping"), List.of("stop", "stop", "stop"));
    }
}
