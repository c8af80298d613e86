/**
 * What support publishes to the other contexts: services taking and returning ids and records (customers, the points
 * ledger, tickets), never its entities. The other contexts call support only through this package.
 */
package org.proserv.support.api;
