/**
 * API clients: integrators' systems that sign in with client credentials (an id and a secret, stored hashed) and call
 * the operations their scopes open. Registration, secret rotation, revocation and the credential check live here; the
 * REST edge enforces the scopes.
 */
package org.proserv.platform.clients;
