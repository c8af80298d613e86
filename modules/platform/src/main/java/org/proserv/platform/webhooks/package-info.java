/**
 * Webhooks: endpoints admins register, and the delivery of published events to them as the Standard Webhooks
 * specification describes (signed, retried on its schedule, logged, replayable), by a timer on every node.
 */
package org.proserv.platform.webhooks;
