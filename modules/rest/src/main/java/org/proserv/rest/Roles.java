package org.proserv.rest;

/** Role names as they appear in tokens and in {@code @RolesAllowed}. */
public final class Roles {

    public static final String CUSTOMER = "customer";
    public static final String DISPATCHER = "dispatcher";
    public static final String ENGINEER = "engineer";
    public static final String QUOTE_MANAGER = "quote_manager";
    public static final String DIRECTOR = "director";
    public static final String DEVELOPER = "developer";
    public static final String DESIGNER = "designer";
    public static final String QA = "qa";
    public static final String UPGRADE_SPECIALIST = "upgrade_specialist";
    public static final String PROJECT_MANAGER = "project_manager";
    public static final String INSTALLATION_ENGINEER = "installation_engineer";
    public static final String ADMIN = "admin";
    /** An integrator's system: it may call only operations that also declare a {@code @RequiresScope}. */
    public static final String API_CLIENT = "api_client";

    private Roles() {}
}
