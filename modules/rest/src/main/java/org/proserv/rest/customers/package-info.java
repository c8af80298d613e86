/** Customers over HTTP: registration by admins, reads by staff and by the customer themself. */
package org.proserv.rest.customers;
