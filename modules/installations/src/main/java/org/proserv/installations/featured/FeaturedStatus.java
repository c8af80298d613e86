package org.proserv.installations.featured;

/** A featured-store request: waiting for staff, or decided. */
public enum FeaturedStatus {
    SUBMITTED,
    ACCEPTED,
    DECLINED
}
