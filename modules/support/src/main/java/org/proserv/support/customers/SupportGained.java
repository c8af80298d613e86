package org.proserv.support.customers;

/**
 * Fired, in the transaction that added it, when a customer gained something that can pay for an incident: points (a
 * purchase, a grant), a one-incident package or a subscription.
 */
public record SupportGained(long customerId) {}
