/** The customer's inbox over HTTP. */
package org.proserv.rest.notices;
