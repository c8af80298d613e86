package org.proserv.platform.accounts;

/** The roles a token carries in its {@code groups} claim. Names are the role names JAX-RS checks. */
public enum Role {
    customer,
    dispatcher,
    engineer,
    admin;

    public boolean isStaff() {
        return this != customer;
    }
}
