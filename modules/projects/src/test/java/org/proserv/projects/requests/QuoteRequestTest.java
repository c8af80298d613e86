package org.proserv.projects.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.proserv.kernel.error.ProservException;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;

class QuoteRequestTest {

    private static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");
    private static final Actor ALICE = new Actor("alice", Role.customer, 7L);
    private static final Actor QUINN = new Actor("quinn", Role.quote_manager, null);

    private static RequestDraft draft(String title, String features) {
        return new RequestDraft(
                RequestKind.DEVELOPMENT,
                title,
                features,
                "Order -> invoice -> shipping label",
                List.of("https://carrier.example/api-manual.pdf"),
                "https://shop.example",
                "X-Cart",
                "4.7.12",
                List.of("https://other.example/labels"),
                List.of("Mailchimp"),
                List.of(new RequestDraft.Customization("a freelancer", "changed the checkout template")));
    }

    @Test
    void keepsEveryFieldTheCustomerGave() {
        var request = new QuoteRequest(7, draft(" Shipping labels ", "Print labels"), ALICE, NOW);
        assertEquals("Shipping labels", request.title());
        assertEquals(List.of("https://carrier.example/api-manual.pdf"), request.integrationManuals());
        assertEquals(List.of("https://other.example/labels"), request.similarSites());
        assertEquals(List.of("Mailchimp"), request.otherPrograms());
        assertEquals("a freelancer", request.earlierCustomizations().get(0).madeBy());
        assertEquals(
                "changed the checkout template",
                request.earlierCustomizations().get(0).description());
        assertEquals("X-Cart", request.product());
        assertEquals("4.7.12", request.productVersion());
        assertEquals("alice", request.createdBy());
    }

    @Test
    void needsAKindATitleAndTheDesiredFeatures() {
        assertEquals("title", field(draft(" ", "x")));
        assertEquals("desiredFeatures", field(draft("t", null)));
        var noKind = new RequestDraft(null, "t", "f", null, null, null, "X-Cart", "4.7.12", null, null, null);
        assertEquals("kind", field(noKind));
        var blankManual = new RequestDraft(
                RequestKind.DESIGN_CREATION, "t", "f", null, List.of(" "), null, "X-Cart", "4.7.12", null, null, null);
        assertEquals("integrationManuals[0]", field(blankManual));
    }

    @Test
    void messagesFromBothSidesAreNumberedInOrder() {
        var request = new QuoteRequest(7, draft("t", "f"), ALICE, NOW);
        request.post(ALICE, "Can you also print return labels?", NOW.plusSeconds(1));
        request.post(QUINN, "Yes; which carrier?", NOW.plusSeconds(2));
        request.post(ALICE, "UPS", NOW.plusSeconds(3));
        var messages = request.messages();
        assertEquals(
                List.of(1, 2, 3), messages.stream().map(RequestMessage::seqNo).toList());
        assertFalse(messages.get(0).fromStaff());
        assertTrue(messages.get(1).fromStaff());
        assertEquals("quinn", messages.get(1).author());
        assertThrows(ProservException.class, () -> request.post(ALICE, " ", NOW));
        assertEquals(3, request.messages().size());
    }

    private static String field(RequestDraft draft) {
        return assertThrows(ProservException.class, () -> new QuoteRequest(7, draft, ALICE, NOW))
                .fieldErrors()
                .get(0)
                .field();
    }
}
