/** Webhook endpoints, their delivery log and replays, for admins. */
package org.proserv.rest.webhooks;
