/**
 * Accounts: who can sign in, with which role, and for which customer. Passwords are stored only as
 * slow salted hashes.
 */
package org.proserv.platform.accounts;
