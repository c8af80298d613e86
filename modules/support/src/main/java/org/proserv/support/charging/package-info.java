/**
 * What an incident costs and what pays for it: issue categories and their prices, one-incident
 * packages, the sources a charge can come from, and the reasons HotRush can be taken away.
 */
package org.proserv.support.charging;
