package org.proserv.platform.events;

import java.util.List;

/**
 * One page of the feed.
 *
 * @param next the cursor for the next page: the last position shown, or the one asked after when the page is empty
 * @param more whether events past this page were already published when it was read
 */
public record FeedPage(List<FeedEvent> events, long next, boolean more) {

    /** The page from what was read: up to one event more than the page holds, which only says there is more. */
    static FeedPage of(List<FeedEvent> found, FeedQuery query) {
        boolean more = found.size() > query.size();
        List<FeedEvent> page = more ? found.subList(0, query.size()) : found;
        long next = page.isEmpty() ? query.after() : page.get(page.size() - 1).position();
        return new FeedPage(List.copyOf(page), next, more);
    }
}
