/**
 * The outbox: domain events of every context, recorded in the transaction of the change they describe, for the
 * integrators' feed and webhooks to read.
 */
package org.proserv.platform.events;
