/**
 * Requests for a quote: what the customer wants built, for which store and software version, and the free preliminary
 * discussion on it, both sides, in order.
 */
package org.proserv.projects.requests;
