package org.proserv.releases.tracker;

/**
 * An existing entry similar to one about to be posted.
 *
 * @param score cosine similarity of their words, 0 to 1
 * @param duplicateOf for a report already marked duplicate, the original to look at instead
 */
public record Suggestion(long id, String title, String status, double score, Long duplicateOf) {}
