/**
 * What an incident costs and what pays for it: issue categories and their prices, one-incident packages, the sources a
 * charge can come from, and the reasons HotRush can be taken away.
 *
 * <p>A ticket whose points fall short waits for a top-up; buying points, a package that fits it (an urgent one for a
 * HotRush ticket) or a subscription resumes it, paid from that source. When a package or a subscription pays, the
 * points that were to be charged are not, and points already charged for the ticket go back.
 */
package org.proserv.support.charging;
