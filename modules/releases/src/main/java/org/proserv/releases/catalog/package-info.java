/**
 * Products, their branches and versions, and each version's status computed from the clock: latest, obsolete (still in
 * guarantee) or out of guarantee, with the upgrade advised then.
 *
 * <p>The guarantee period is counted in calendar units in the support calendar's zone ({@code proserv.calendar.zone},
 * where every business rule is evaluated), not in UTC: it is added to the local date-time the release instant has there
 * ({@link java.time.ZonedDateTime#plus}), so one year after a release on 29 February (local date) is 28 February, and a
 * release at 2023-12-31T21:30Z, already 1 January 2024 in +04:00, is in guarantee up to 1 January 2025 01:30 there (see
 * {@link org.proserv.kernel.time.CalendarYears}).
 *
 * <p>Other contexts name versions by product and version name; {@link Catalog#requireKnownVersion} refuses names the
 * catalogue does not know, listing the versions it does (at most 20).
 */
package org.proserv.releases.catalog;
