/**
 * The graphic prototype catalogue: ready designs with a price and a buyout price, their purchases, and ordering a
 * purchased prototype's integration. A buyout takes a prototype out of the catalogue for everyone, once.
 */
package org.proserv.projects.prototypes;
