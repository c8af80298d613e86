/**
 * Tickets: the communication center's conversations, their lifecycle and history, the first-response SLA and the sweeps
 * that flag breaches and close silent tickets.
 */
package org.proserv.support.tickets;
