/** Who is calling: the verified token turned into the actor the services check. */
package org.proserv.rest.security;
