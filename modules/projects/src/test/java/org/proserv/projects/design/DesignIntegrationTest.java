package org.proserv.projects.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.proserv.kernel.error.ProservException;
import org.proserv.kernel.money.Money;
import org.proserv.projects.billing.Invoice;
import org.proserv.projects.requests.RequestKind;

class DesignIntegrationTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final String DEMO = "https://demo.example/stores/41";

    private static Invoice paid() {
        var invoice = new Invoice(7, Invoice.PROJECT, 41, 31L, 1, "all", Money.of("300.00", "USD"), NOW);
        invoice.pay(Money.of("300.00", "USD"), NOW);
        return invoice;
    }

    private static String rule(Executable step) {
        return (String) assertThrows(ProservException.class, step).properties().get("rule");
    }

    @Test
    void workStartsOnTheDemoServerOnlyForAPaidDesignIntegration() {
        var unpaid = new Invoice(7, Invoice.PROJECT, 41, 31L, 1, "all", Money.of("300.00", "USD"), NOW);
        assertEquals(
                "integration-unpaid",
                rule(() -> new DesignIntegration(41, 7, RequestKind.DESIGN_INTEGRATION, unpaid, DEMO, NOW)));
        assertEquals(
                "not-design-integration",
                rule(() -> new DesignIntegration(41, 7, RequestKind.DESIGN_CREATION, paid(), DEMO, NOW)));
        var refused = assertThrows(
                ProservException.class,
                () -> new DesignIntegration(41, 7, RequestKind.DESIGN_INTEGRATION, paid(), "demo server", NOW));
        assertEquals("demoUrl", refused.fieldErrors().get(0).field());
        var integration = new DesignIntegration(41, 7, RequestKind.DESIGN_INTEGRATION, paid(), DEMO, NOW);
        assertEquals(DesignIntegration.Status.ON_DEMO, integration.status());
        assertEquals(DEMO, integration.demoUrl());
    }

    @Test
    void deliveredOnceIntoTheStoreOrAsAnInstallationPackage() {
        var integration = new DesignIntegration(41, 7, RequestKind.DESIGN_INTEGRATION, paid(), DEMO, NOW);
        var badStore = assertThrows(
                ProservException.class, () -> integration.deliver(DeliveryMode.INTO_STORE, "our shop", "desi", NOW));
        assertEquals("target", badStore.fieldErrors().get(0).field());
        integration.deliver(DeliveryMode.INSTALLATION_PACKAGE, "packages/design-41.tgz", "desi", NOW);
        assertEquals(DesignIntegration.Status.DELIVERED, integration.status());
        assertEquals(
                "integration-delivered",
                rule(() -> integration.deliver(DeliveryMode.INTO_STORE, "https://shop.example", "desi", NOW)));
        assertEquals("integration-delivered", rule(() -> integration.moveDemo(DEMO, NOW)));
        assertEquals(DeliveryMode.INSTALLATION_PACKAGE, integration.delivery());
    }

    @Test
    void suppliedDesignFilesAreNamedOneByOne() {
        var none = assertThrows(ProservException.class, () -> DesignSource.files(1, 7, List.of(), "alice", NOW));
        assertEquals("designFiles", none.fieldErrors().get(0).field());
        var blank = assertThrows(
                ProservException.class, () -> DesignSource.files(1, 7, List.of("a.psd", " "), "alice", NOW));
        assertEquals("designFiles[1]", blank.fieldErrors().get(0).field());
        var source = DesignSource.files(1, 7, List.of("a.psd"), "alice", NOW);
        assertEquals(DesignSourceKind.SUPPLIED_FILES, source.kind());
        assertEquals(List.of("a.psd"), source.files());
    }
}
