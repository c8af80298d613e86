/** Staff accounts and the caller's profile. */
package org.proserv.rest.staff;
