/**
 * Business failures. Every context throws {@link org.proserv.kernel.error.ProservException} with a
 * {@link org.proserv.kernel.error.ProblemCategory}; the REST edge maps it once to RFC 9457 problem+json. Nothing here
 * knows about HTTP beyond the status number each category carries.
 */
package org.proserv.kernel.error;
