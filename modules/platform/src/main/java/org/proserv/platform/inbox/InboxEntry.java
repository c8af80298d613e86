package org.proserv.platform.inbox;

import java.time.Instant;

/** A notice as its reader sees it. {@code subject} names what it is about, e.g. {@code quote:42}. */
public record InboxEntry(long id, String kind, String subject, String message, Instant at) {}
