package org.proserv.platform.events;

import java.util.List;

/**
 * One page of the feed.
 *
 * @param next the cursor for the next page: the last position shown, or the one asked after when the page is empty
 * @param more whether events past this page were already published when it was read
 */
public record FeedPage(List<FeedEvent> events, long next, boolean more) {}
