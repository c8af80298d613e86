package org.proserv.projects.api;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Optional;
import org.proserv.projects.design.DeliveryMode;
import org.proserv.projects.design.DesignIntegration;
import org.proserv.projects.design.DesignIntegrations;

/**
 * Design integrations delivered as installation packages, for the installations context: a package can lead to an
 * installation order.
 */
@Stateless
public class DesignDeliveries {

    @EJB
    DesignIntegrations integrations;

    /** The project's installation package, if its design integration was delivered as one. */
    public Optional<PackageDelivery> installationPackage(long projectId) {
        return integrations
                .of(projectId)
                .filter(i -> i.delivery() == DeliveryMode.INSTALLATION_PACKAGE)
                .map(DesignDeliveries::record);
    }

    /** Every installation package delivered to the customer, oldest first. */
    public List<PackageDelivery> installationPackagesOf(long customerId) {
        return integrations.packagesOf(customerId).stream()
                .map(DesignDeliveries::record)
                .toList();
    }

    private static PackageDelivery record(DesignIntegration integration) {
        return new PackageDelivery(
                integration.projectId(),
                integration.customerId(),
                integration.target(),
                integration.demoUrl(),
                integration.deliveredAt());
    }
}
