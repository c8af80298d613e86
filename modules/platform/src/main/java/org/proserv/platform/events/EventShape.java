package org.proserv.platform.events;

import jakarta.json.JsonObject;
import java.util.regex.Pattern;

/** What an event must look like before it is written: a dotted lower-case type and a payload of bounded size. */
final class EventShape {

    static final int MAX_PAYLOAD = 20000;

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
    private static final Pattern AGGREGATE = Pattern.compile("[a-z][a-z0-9-]*");

    private EventShape() {}

    /** @return the payload as stored */
    static String check(String type, String aggregateType, JsonObject payload) {
        if (type == null || type.length() > 60 || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("an event type is dotted lower-case words, not " + type);
        }
        if (aggregateType == null
                || aggregateType.length() > 40
                || !AGGREGATE.matcher(aggregateType).matches()) {
            throw new IllegalArgumentException("an aggregate type is one lower-case word, not " + aggregateType);
        }
        String json = payload.toString();
        if (json.length() > MAX_PAYLOAD) {
            throw new IllegalArgumentException("the payload of " + type + " exceeds " + MAX_PAYLOAD + " characters");
        }
        return json;
    }
}
