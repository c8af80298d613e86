package org.proserv.projects.quotes;

/** Where a quote version stands. Only a SENT version that is the newest and before its validUntil can be accepted. */
public enum QuoteStatus {
    SENT,
    SUPERSEDED,
    EXPIRED,
    ACCEPTED
}
