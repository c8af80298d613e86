package org.proserv.platform.events;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.proserv.kernel.error.ProservException;

/**
 * A reader's request to the feed, checked: a cursor (the position to read after, 0 for the start), the event types
 * wanted (all when none) and a page size of 1 to 100.
 */
public record FeedQuery(long after, Set<String> types, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 100;

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    public FeedQuery {
        types = Set.copyOf(types);
    }

    /** From query parameters as given: each refusal names the parameter. */
    public static FeedQuery parse(String after, String types, String size) {
        long cursor = 0;
        if (after != null && !after.isBlank()) {
            try {
                cursor = Long.parseLong(after.strip());
            } catch (NumberFormatException e) {
                throw ProservException.invalid("after", "must be a feed position (a whole number), not " + after);
            }
            if (cursor < 0) {
                throw ProservException.invalid("after", "must not be negative");
            }
        }
        int pageSize = DEFAULT_SIZE;
        if (size != null && !size.isBlank()) {
            try {
                pageSize = Integer.parseInt(size.strip());
            } catch (NumberFormatException e) {
                throw ProservException.invalid("size", "must be a whole number from 1 to " + MAX_SIZE);
            }
            if (pageSize < 1 || pageSize > MAX_SIZE) {
                throw ProservException.invalid("size", "must be from 1 to " + MAX_SIZE);
            }
        }
        Set<String> wanted = Set.of();
        if (types != null && !types.isBlank()) {
            List<String> listed =
                    List.of(types.split(",")).stream().map(String::strip).toList();
            for (String type : listed) {
                if (!TYPE.matcher(type).matches()) {
                    throw ProservException.invalid("types", "not an event type: '" + type + "'");
                }
            }
            wanted = Set.copyOf(listed);
        }
        return new FeedQuery(cursor, wanted, pageSize);
    }
}
