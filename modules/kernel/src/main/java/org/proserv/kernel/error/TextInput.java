package org.proserv.kernel.error;

/** Text a request gives a rule: required (400 naming the field when missing or blank) or optional, always stripped. */
public final class TextInput {

    private TextInput() {}

    /** The stripped text; 400 naming the field when it is null or blank. */
    public static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProservException.invalid(field, "is required");
        }
        return value.strip();
    }

    /** The stripped text, or null when it is null or blank. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
