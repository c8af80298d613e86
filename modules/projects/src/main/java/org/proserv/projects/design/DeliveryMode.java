package org.proserv.projects.design;

/** How an integrated design is delivered: into the customer's existing store, or as a package to install. */
public enum DeliveryMode {
    INTO_STORE,
    INSTALLATION_PACKAGE
}
