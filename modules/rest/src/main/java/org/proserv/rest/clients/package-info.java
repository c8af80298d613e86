/** Registering, listing, rotating and revoking API clients (administrators only). */
package org.proserv.rest.clients;
