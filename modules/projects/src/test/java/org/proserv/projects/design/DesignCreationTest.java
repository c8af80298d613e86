package org.proserv.projects.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.money.Money;
import org.proserv.projects.billing.Invoice;
import org.proserv.projects.requests.RequestKind;

class DesignCreationTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final DesignTerms TERMS = DesignTerms.standard();

    private static Invoice invoice(String amount, boolean paid) {
        var invoice = new Invoice(7, Invoice.PROJECT, 40, 30L, 1, "part", Money.of(amount, "USD"), NOW);
        if (paid) {
            invoice.pay(Money.of(amount, "USD"), NOW);
        }
        return invoice;
    }

    private static DesignCreation started(Integer pages) {
        return new DesignCreation(
                40, 7, 30, RequestKind.DESIGN_CREATION, invoice("400.00", true), pages, TERMS, "desi", NOW);
    }

    private static List<Sketch> sketches(int n) {
        return IntStream.rangeClosed(1, n)
                .mapToObj(i -> new Sketch("Sketch " + i, "sketches/" + i + ".png"))
                .toList();
    }

    private static List<DesignImage> images(int n, int dpi) {
        var pages = ImagePage.values();
        return IntStream.range(0, n)
                .mapToObj(i -> new DesignImage(pages[i % pages.length], ImageFormat.PNG, dpi, "img/" + i + ".png"))
                .toList();
    }

    private static String rule(Executable step) {
        var refused = assertThrows(ProservException.class, step);
        assertEquals(ProblemCategory.CONFLICT, refused.category(), refused.getMessage());
        return (String) refused.properties().get("rule");
    }

    private static String field(Executable step) {
        var refused = assertThrows(ProservException.class, step);
        assertEquals(ProblemCategory.VALIDATION, refused.category(), refused.getMessage());
        return refused.fieldErrors().get(0).field();
    }

    private static DesignCreation refining() {
        var creation = started(null);
        creation.offer(sketches(3), "desi", NOW);
        creation.choose(1, 2, NOW);
        creation.startRefinement(invoice("600.00", true), NOW);
        return creation;
    }

    @Test
    void theDefaultsAreTwoSketchSetsAndFourToSixImages() {
        assertEquals(new DesignTerms(2, 4, 6), TERMS);
    }

    @Test
    void stageOneStartsOnlyWithTheFortyPercentPaidAndOnlyForADesignCreation() {
        assertEquals(
                "stage-1-unpaid",
                rule(() -> new DesignCreation(
                        40, 7, 30, RequestKind.DESIGN_CREATION, invoice("400.00", false), null, TERMS, "desi", NOW)));
        assertEquals(
                "not-design-creation",
                rule(() -> new DesignCreation(
                        40, 7, 30, RequestKind.DEVELOPMENT, invoice("400.00", true), null, TERMS, "desi", NOW)));
        var creation = started(null);
        assertEquals(DesignStage.SKETCHES, creation.stage());
        assertEquals(2, creation.setsAllowed());
    }

    @Test
    void oneSetWaitsAtATimeAndEachSketchNeedsItsImage() {
        var creation = started(null);
        assertEquals(
                "sketches[1].imageRef",
                field(() -> creation.offer(List.of(new Sketch("A", "a.png"), new Sketch("B", " ")), "desi", NOW)));
        assertEquals("sketches", field(() -> creation.offer(List.of(), "desi", NOW)));
        assertEquals(0, creation.setsOffered());
        creation.offer(sketches(2), "desi", NOW);
        assertEquals("sketch-set-open", rule(() -> creation.offer(sketches(2), "desi", NOW)));
        assertEquals("no-open-sketch-set", rule(() -> creation.choose(2, 1, NOW)));
        assertEquals("sketch", field(() -> creation.choose(1, 3, NOW)));
    }

    @Test
    void theSecondRejectionEndsTheCreationWhichMustBeOrderedAgain() {
        var creation = started(null);
        creation.offer(sketches(2), "desi", NOW);
        creation.reject(1, "Too dark", NOW);
        assertEquals(DesignStage.SKETCHES, creation.stage());
        creation.offer(sketches(2), "desi", NOW);
        creation.reject(2, "Still not it", NOW);
        assertEquals(DesignStage.ENDED, creation.stage());
        assertEquals(NOW, creation.endedAt());
        assertEquals("design-creation-ended", rule(() -> creation.offer(sketches(1), "desi", NOW)));
        assertEquals("design-creation-ended", rule(() -> creation.choose(2, 1, NOW)));
        assertEquals("design-creation-ended", rule(() -> creation.startRefinement(invoice("600.00", true), NOW)));
    }

    @Test
    void theNumberOfSketchSetsIsConfigurable() {
        var creation = new DesignCreation(
                40,
                7,
                30,
                RequestKind.DESIGN_CREATION,
                invoice("400.00", true),
                null,
                new DesignTerms(3, 4, 6),
                "desi",
                NOW);
        for (int set = 1; set <= 2; set++) {
            creation.offer(sketches(1), "desi", NOW);
            creation.reject(set, null, NOW);
        }
        assertEquals(DesignStage.SKETCHES, creation.stage());
        creation.offer(sketches(1), "desi", NOW);
        creation.reject(3, null, NOW);
        assertEquals(DesignStage.ENDED, creation.stage());
    }

    @Test
    void stageTwoStartsOnlyWithASketchChosenAndTheSixtyPercentPaid() {
        var creation = started(null);
        assertEquals("sketch-not-chosen", rule(() -> creation.startRefinement(invoice("600.00", true), NOW)));
        creation.offer(sketches(3), "desi", NOW);
        creation.choose(1, 2, NOW);
        assertEquals(2, creation.chosenSketch());
        var unpaid = invoice("600.00", false);
        assertEquals("stage-2-unpaid", rule(() -> creation.startRefinement(unpaid, NOW)));
        assertEquals(DesignStage.SKETCH_CHOSEN, creation.stage());
        creation.startRefinement(invoice("600.00", true), NOW);
        assertEquals(DesignStage.REFINING, creation.stage());
    }

    @Test
    void deliverablesAreFourToSixImagesAtSeventyTwoDpiEachWithPageAndFormat() {
        var creation = refining();
        assertEquals("images", field(() -> creation.deliver(images(3, 72), NOW)));
        assertEquals("images", field(() -> creation.deliver(images(7, 72), NOW)));
        var wrongDpi = new ArrayList<>(images(4, 72));
        wrongDpi.set(2, new DesignImage(ImagePage.CART, ImageFormat.TIFF, 300, "cart.tif"));
        assertEquals("images[2].dpi", field(() -> creation.deliver(wrongDpi, NOW)));
        var noPage = new ArrayList<>(images(4, 72));
        noPage.set(0, new DesignImage(null, ImageFormat.JPG, 72, "x.jpg"));
        assertEquals("images[0].page", field(() -> creation.deliver(noPage, NOW)));
        assertTrue(creation.images().isEmpty());
        creation.deliver(images(6, 72), NOW);
        assertEquals(6, creation.images().size());
    }

    @Test
    void moreImagesWhenTheQuoteAskedForMorePages() {
        var creation = started(8);
        assertEquals(8, creation.requiredImages());
        assertEquals(8, creation.allowedImages());
        creation.offer(sketches(1), "desi", NOW);
        creation.choose(1, 1, NOW);
        creation.startRefinement(invoice("600.00", true), NOW);
        assertEquals("images", field(() -> creation.deliver(images(6, 72), NOW)));
        creation.deliver(images(8, 72), NOW);
        assertEquals(8, creation.images().size());
    }

    @Test
    void approvalEndsStageTwoOnlyWithItsDeliverables() {
        var creation = refining();
        assertEquals("deliverables-missing", rule(() -> creation.approve(NOW)));
        creation.deliver(images(4, 72), NOW);
        creation.approve(NOW);
        assertEquals(DesignStage.APPROVED, creation.stage());
        assertEquals("design-stage", rule(() -> creation.approve(NOW)));
        assertEquals("design-stage", rule(() -> creation.deliver(images(4, 72), NOW)));
    }
}
