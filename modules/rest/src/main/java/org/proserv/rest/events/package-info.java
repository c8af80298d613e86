/** The event feed integrators read: every context's domain events in the order they were published. */
package org.proserv.rest.events;
