/**
 * Customers of the support desk: their licences and support subscriptions. Whether they may open a ticket, and what
 * pays for it, is decided in {@code charging.Entitlement}.
 */
package org.proserv.support.customers;
