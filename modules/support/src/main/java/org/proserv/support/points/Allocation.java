package org.proserv.support.points;

/** So many points taken from, or given back to, one lot. */
public record Allocation(long lotId, int points) {}
