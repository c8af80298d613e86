/**
 * Customers of the support desk: their licences and support subscriptions, and the entitlement
 * rule deciding whether they may open a ticket.
 */
package org.proserv.support.customers;
