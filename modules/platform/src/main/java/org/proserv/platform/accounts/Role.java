package org.proserv.platform.accounts;

/**
 * The roles a token carries in its {@code groups} claim. Names are the role names JAX-RS checks. Every role but
 * {@code customer} is staff; each context decides which staff roles may take which of its steps.
 */
public enum Role {
    customer,
    // support
    dispatcher,
    engineer,
    // projects
    quote_manager,
    director,
    developer,
    designer,
    qa,
    // installations
    upgrade_specialist,
    project_manager,
    installation_engineer,
    admin;

    public boolean isStaff() {
        return this != customer;
    }
}
