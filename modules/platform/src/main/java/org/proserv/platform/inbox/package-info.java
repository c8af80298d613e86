/** Notices for customers and staff, written by the rules of every context, read by each person as their inbox. */
package org.proserv.platform.inbox;
