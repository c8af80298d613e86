/** Tickets over HTTP, and the views clients see of them. */
package org.proserv.rest.tickets;
