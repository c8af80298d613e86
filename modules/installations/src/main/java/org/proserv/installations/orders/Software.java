package org.proserv.installations.orders;

import java.util.Objects;

/**
 * The third-party software a customer asks to have installed.
 *
 * @param vendorUrl the vendor's site
 * @param distribution where the package to install comes from: a download URL or a reference the vendor gives
 */
public record Software(String name, String version, String vendorUrl, String distribution) {

    public Software {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(vendorUrl, "vendorUrl");
        Objects.requireNonNull(distribution, "distribution");
        vendorUrl = WebAddress.require("vendorUrl", vendorUrl);
    }
}
