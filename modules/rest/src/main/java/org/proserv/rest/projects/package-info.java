/**
 * The projects context over HTTP: requests for a quote and their discussion, quotes and their versions, acceptance,
 * projects, invoices and payments, and the views clients see of them.
 */
package org.proserv.rest.projects;
