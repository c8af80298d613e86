package org.proserv.kernel.error;

/** One rejected input field: its name as the client sent it, and why it was rejected. */
public record FieldError(String field, String reason) {}
