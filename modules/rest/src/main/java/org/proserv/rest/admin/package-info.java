/** Operating Proserv: running sweeps on demand and, on test servers only, moving the clock. */
package org.proserv.rest.admin;
