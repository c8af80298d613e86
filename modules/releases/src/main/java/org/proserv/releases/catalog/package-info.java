/**
 * Products, their branches and versions, and each version's status computed from the clock:
 * latest, obsolete (still in guarantee) or out of guarantee, with the upgrade advised then.
 */
package org.proserv.releases.catalog;
