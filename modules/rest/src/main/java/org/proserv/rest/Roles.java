package org.proserv.rest;

/** Role names as they appear in tokens and in {@code @RolesAllowed}. */
public final class Roles {

    public static final String CUSTOMER = "customer";
    public static final String DISPATCHER = "dispatcher";
    public static final String ENGINEER = "engineer";
    public static final String ADMIN = "admin";

    private Roles() {}
}
