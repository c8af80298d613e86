/**
 * Signing in: the embedded issuer's token endpoint and the holder's own password change, both throttled against
 * guessing.
 */
package org.proserv.rest.auth;
