/** Signing in: the embedded issuer's token endpoint. */
package org.proserv.rest.auth;
