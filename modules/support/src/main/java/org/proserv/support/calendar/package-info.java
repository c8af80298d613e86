/**
 * The support desk's business calendar: configuration and stored holidays turned into the kernel's
 * {@link org.proserv.kernel.calendar.BusinessCalendar}, which does the arithmetic.
 */
package org.proserv.support.calendar;
