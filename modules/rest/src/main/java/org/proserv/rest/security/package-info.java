/**
 * Who is calling: the verified token turned into the actor the services check; who may read the metrics Payara serves
 * inside this web module; the security headers of every response.
 */
package org.proserv.rest.security;
