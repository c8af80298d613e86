package org.proserv.projects.api;

import java.time.Instant;

/**
 * A design integration delivered as an installation package.
 *
 * @param packageReference where the package is, as the delivering staff named it
 * @param demoUrl the demo server's intermediate URL the work was shown at
 */
public record PackageDelivery(
        long projectId, long customerId, String packageReference, String demoUrl, Instant deliveredAt) {}
