/**
 * Support points: the pack catalogue, lots, the append-only ledger, FIFO spending from the oldest unexpired lot,
 * money-back refunds, and the expiry and warning sweeps.
 *
 * <p>A lot expires its lifetime (two years by default) after its purchase, counted as the customer reads the purchase
 * date: the years are added to the purchase's local date-time in the support calendar's zone
 * ({@code proserv.calendar.zone}), keeping the local time of day. A lot bought on 29 February (local) expires on 28
 * February; a purchase at 2023-12-31T21:30Z is on 1 January 2024 at +04:00 and expires on 1 January 2026, 01:30 local.
 * The instant is stored in UTC.
 *
 * <p>Points for a ticket are charged by its classification. A manual spend is a charge on top of that: it names a
 * ticket of the same customer and a reason kept on the ledger entries, and only admins and dispatchers (who decide what
 * customers pay) may make it.
 */
package org.proserv.support.points;
