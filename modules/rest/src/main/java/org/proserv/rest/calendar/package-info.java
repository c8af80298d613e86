/** The support calendar over HTTP: public reads and arithmetic, holidays managed by admins. */
package org.proserv.rest.calendar;
