/**
 * Upgrade orders: a store's upgrade from its current version to a newer one, examined and estimated by the upgrade
 * department (with the project managers' estimates for re-implementing custom features and design when the customer
 * asks), paid by invoice, done on the vendor's servers, and moved past each customer check (a gate) only by the order's
 * customer.
 */
package org.proserv.installations.upgrades;
