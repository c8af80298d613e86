package org.proserv.releases.tracker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A generated bug tracker: reports made of an area of the store, an action and a symptom, each concept written in one
 * of three wordings sharing a key word (as people name the same thing), with filler sentences common to many reports.
 * Every report has its own (area, action, symptom) triple, and many share two of the three with another, often in the
 * same words: realistic near misses. A {@link #paraphrase} of a report is about the same three concepts in another
 * sentence, rewording some of them.
 */
public final class BugCorpus {

    /** One report, and the concepts it is about. */
    public record Report(long id, String title, String steps, int area, int action, int symptom, int[] wording) {}

    static final String[][] AREAS = {
        {"checkout page", "the checkout", "checkout step"},
        {"shopping cart", "cart page", "the cart"},
        {"product details page", "details page of a product", "product details"},
        {"admin order list", "orders list in the admin", "admin orders page"},
        {"category page", "category listing", "categories list"},
        {"search results", "product search", "search page"},
        {"shipping estimator", "estimator for shipping cost", "the shipping estimator"},
        {"invoice PDF", "printed invoice", "invoice printout"},
        {"order confirmation email", "confirmation email for orders", "confirmation email"},
        {"PayPal payment", "payment with PayPal", "PayPal"},
        {"CSV product import", "product import from CSV", "importing products from a CSV file"},
        {"wishlist", "wishlist page", "the wishlist"},
        {"customer account page", "my account area", "customer account"},
        {"registration form", "registration page", "customer registration"},
        {"product comparison page", "comparison page", "the comparison table"},
        {"tax calculation", "taxes on the order", "tax rates"},
        {"packing slip", "packing slips", "printed packing slip"},
        {"banner carousel", "home page banners", "banner slider"},
        {"store footer", "footer links", "the footer"},
        {"product reviews", "customer reviews block", "review form"},
        {"newsletter signup", "newsletter subscription", "subscribe to newsletter box"},
        {"XML sitemap", "sitemap generator", "sitemap file"},
        {"inventory tracking", "inventory levels", "inventory counts"},
        {"sales report", "report of sales", "sales reports"},
        {"order tracking page", "tracking of orders", "order tracking"},
    };

    static final String[][] ACTIONS = {
        {"applying a coupon", "a coupon code is applied", "entering the coupon"},
        {"changing the currency", "the currency is changed", "switching currency"},
        {"uploading an image", "an image upload", "uploading images"},
        {"adding a product variant", "variants are added", "adding variants"},
        {"switching the language", "the language is switched", "changing language"},
        {"logging in as a customer", "a customer logs in", "customer logging in"},
        {"updating the quantity", "quantity updated", "changing item quantity"},
        {"selecting express shipping", "express shipping is selected", "choosing express shipping"},
        {"entering a long address", "a long street address", "long addresses entered"},
        {"using a gift certificate", "paying by gift certificate", "a gift certificate used"},
        {"sorting by name", "name sorting", "sorted by name"},
        {"filtering by brand", "brand filter applied", "filters for brand"},
        {"editing a shipment", "the shipment is edited", "shipment editing"},
        {"saving the settings", "settings saved", "saving settings"},
        {"clearing the cache", "the cache cleared", "cache clearing"},
    };

    static final String[][] SYMPTOMS = {
        {"shows a blank page", "blank white page", "page goes blank"},
        {"throws a 500 error", "500 internal error", "error 500"},
        {"shows a wrong total", "total is wrong", "wrong order total"},
        {"is very slow to load", "slow loading", "loading is slow"},
        {"sends duplicate emails", "emails sent twice", "duplicate email sent"},
        {"loses the entered data", "entered data is lost", "data lost"},
        {"displays garbled characters", "garbled text", "characters garbled"},
        {"ends the session", "session ends", "session expires early"},
        {"shows a PHP warning", "PHP warning displayed", "warning from PHP"},
        {"rounds prices incorrectly", "prices rounded incorrectly", "incorrect price rounding"},
    };

    private static final String[] FILLER = {
        "Tried in Chrome and Firefox.", "Happens on a clean install too.", "Started after the upgrade.",
        "Server runs PHP 8.1 with MySQL 8.", "Tried a private browser window, no change.", "Reproducible every time.",
        "Only some customers see it.", "Our store is in production, urgent.", "No custom modules installed.",
        "Screenshot attached.", "Same on the demo store.", "Logs show nothing special.",
    };

    private final Random random;

    public BugCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** {@code size} reports with distinct concept triples, ids from 1. */
    public List<Report> reports(int size) {
        int combinations = AREAS.length * ACTIONS.length * SYMPTOMS.length;
        if (size > combinations) {
            throw new IllegalArgumentException("at most " + combinations + " distinct reports");
        }
        Set<Integer> triples = new LinkedHashSet<>();
        while (triples.size() < size) {
            triples.add(random.nextInt(combinations));
        }
        var reports = new ArrayList<Report>(size);
        long id = 1;
        for (int t : triples) {
            int area = t / (ACTIONS.length * SYMPTOMS.length);
            int action = (t / SYMPTOMS.length) % ACTIONS.length;
            int symptom = t % SYMPTOMS.length;
            reports.add(write(
                    id++,
                    area,
                    action,
                    symptom,
                    new int[] {random.nextInt(3), random.nextInt(3), random.nextInt(3)},
                    false));
        }
        return reports;
    }

    /**
     * The same concepts in another sentence with other filler, {@code reworded} of the three concepts (chosen at
     * random) in another of their wordings: with one, the obvious duplicate a customer would post; with three, a report
     * that shares only the key words of each concept.
     */
    public Report paraphrase(Report original, int reworded) {
        int[] wording = original.wording().clone();
        var concepts = new ArrayList<>(List.of(0, 1, 2));
        Collections.shuffle(concepts, random);
        for (int c : concepts.subList(0, reworded)) {
            wording[c] = (wording[c] + 1 + random.nextInt(2)) % 3;
        }
        return write(-1, original.area(), original.action(), original.symptom(), wording, true);
    }

    private Report write(long id, int area, int action, int symptom, int[] wording, boolean otherSentence) {
        String a = AREAS[area][wording[0]];
        String act = ACTIONS[action][wording[1]];
        String s = SYMPTOMS[symptom][wording[2]];
        String title;
        String steps;
        if (!otherSentence) {
            title = capitalize(a) + " " + s + " after " + act;
            steps = "1. Open the " + a + ". 2. Try " + act + ". 3. It " + s + ". " + filler() + " " + filler();
        } else {
            title = capitalize(s) + " on " + a + " when " + act;
            steps = "Go to " + a + ", then " + act + " - result: " + s + "! " + filler();
        }
        return new Report(id, title, steps, area, action, symptom, wording);
    }

    private String filler() {
        return FILLER[random.nextInt(FILLER.length)];
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
