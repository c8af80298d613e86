/**
 * Time. Rules take "now" from an injected {@link java.time.Clock} produced by
 * {@link org.proserv.kernel.time.ApplicationClock}, never from {@code Instant.now()}, so that tests control it.
 */
package org.proserv.kernel.time;
