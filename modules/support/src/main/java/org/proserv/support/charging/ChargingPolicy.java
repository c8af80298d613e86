package org.proserv.support.charging;

/**
 * The configurable numbers of entitlement, read from configuration with the other support terms.
 *
 * @param hotRushMinimumPoints points a customer without subscription or urgent package needs for HotRush
 * @param standardPackageCents price of a standard one-incident package (USD cents)
 * @param urgentPackageCents   price of an urgent (HotRush) one-incident package (USD cents)
 */
public record ChargingPolicy(int hotRushMinimumPoints, long standardPackageCents, long urgentPackageCents) {
}
