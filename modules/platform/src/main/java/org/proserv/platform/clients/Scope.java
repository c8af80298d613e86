package org.proserv.platform.clients;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an API client may be allowed to do, one scope per kind of access. The list is fixed: a scope is a promise the
 * operations that name it keep, so a new one comes with the operations it opens.
 */
public enum Scope {
    /** Read tickets, their SLA and history (every customer's). */
    TICKETS_READ("tickets:read"),
    /** Read customers' points balances, ledgers and expiring lots. */
    POINTS_READ("points:read"),
    /** Read the SLA reports. */
    REPORTS_READ("reports:read"),
    /** Read the event feed. */
    EVENTS_READ("events:read"),
    /** Register, change and remove webhook endpoints, read their deliveries and replay them. */
    WEBHOOKS_MANAGE("webhooks:manage"),
    /** Record payments of invoices. */
    PAYMENTS_WRITE("payments:write");

    /** The names as operations declare them in {@code @RequiresScope}: compile-time constants. */
    public static final String TICKETS_READ_NAME = "tickets:read";

    public static final String POINTS_READ_NAME = "points:read";
    public static final String REPORTS_READ_NAME = "reports:read";
    public static final String EVENTS_READ_NAME = "events:read";
    public static final String WEBHOOKS_MANAGE_NAME = "webhooks:manage";
    public static final String PAYMENTS_WRITE_NAME = "payments:write";

    private final String wireName;

    Scope(String wireName) {
        this.wireName = wireName;
    }

    /** The name in tokens, requests and answers ({@code tickets:read}). */
    public String wireName() {
        return wireName;
    }

    /** The scope of this exact name (case counts, as in OAuth 2.0). */
    public static Optional<Scope> named(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
