package org.proserv.platform.accounts;

import org.proserv.kernel.error.ProservException;

/**
 * Who is asking: taken from the verified token at the REST edge and handed to every use case, which decides what this
 * actor may see and do.
 */
public record Actor(String username, Role role, Long customerId) {

    public Actor {
        if (role == Role.customer && customerId == null) {
            throw new IllegalArgumentException("a customer actor needs a customer id");
        }
    }

    public static Actor system() {
        return new Actor("system", Role.admin, null);
    }

    public boolean isCustomer() {
        return role == Role.customer;
    }

    /** An integrator's system signed in as an API client: it reads what its scopes open, for every customer. */
    public boolean isApiClient() {
        return role == Role.api_client;
    }

    public boolean isStaff() {
        return role.isStaff();
    }

    public boolean actsFor(long customer) {
        return isCustomer() && customerId == customer;
    }

    /** Staff and API clients see every customer's objects; a customer only their own. */
    public boolean maySee(long customer) {
        return isStaff() || isApiClient() || actsFor(customer);
    }

    public void requireStaff(String action) {
        if (!isStaff()) {
            throw ProservException.forbidden("Only staff may " + action);
        }
    }

    public void requireCustomer(String action) {
        if (!isCustomer()) {
            throw ProservException.forbidden("Only the customer may " + action);
        }
    }
}
