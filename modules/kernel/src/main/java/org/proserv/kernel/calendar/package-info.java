/**
 * Business-hours arithmetic: when a service-level deadline falls due and how much open time lies between two instants,
 * given weekly open hours, holidays and per-date overrides in one zone.
 *
 * <p>Pure {@code java.time}, no container services, so every context (and any batch job) can compute deadlines
 * identically. The types are immutable values; a calendar is safe to share. Deadlines never land on a closing: time
 * that runs out exactly at a closing falls due at the next opening, so a deadline is always a moment at which the
 * service is staffed.
 */
package org.proserv.kernel.calendar;
