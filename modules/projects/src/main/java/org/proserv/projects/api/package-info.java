/**
 * What projects publishes to the other contexts: services taking and returning ids and records (invoices and their
 * payment, design deliveries), never its entities. The other contexts call projects only through this package.
 */
package org.proserv.projects.api;
