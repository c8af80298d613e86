/**
 * Billing: the payment plan an accepted quote fixes, invoices (of project parts, or of any other context's subject) and
 * the payments staff record against them, for the exact amount due and once.
 */
package org.proserv.projects.billing;
