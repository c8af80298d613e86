/**
 * Reports for staff: SLA figures (deadlines met and breached) over a period, grouped by the desk's days, weeks or
 * months, by issue category, engineer or HotRush, computed by the database in one set-based query.
 */
package org.proserv.support.reports;
