/**
 * Error mapping: every failure leaves as an RFC 9457 {@code application/problem+json} document, mapped here once,
 * whatever threw it.
 */
package org.proserv.rest.problems;
