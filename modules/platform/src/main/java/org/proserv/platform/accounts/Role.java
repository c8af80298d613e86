package org.proserv.platform.accounts;

/**
 * The roles a token carries in its {@code groups} claim. Names are the role names JAX-RS checks. Every role but
 * {@code customer} and {@code api_client} is staff; each context decides which staff roles may take which of its steps.
 * {@code api_client} is an integrator's system signed in with client credentials: it calls only the operations that
 * name a scope, and only with that scope granted.
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
    admin,
    // integrators' systems (client credentials), never an account's role
    api_client;

    public boolean isStaff() {
        return this != customer && this != api_client;
    }
}
