/**
 * Accounts: who can sign in, with which role, and for which customer. Passwords are stored only as slow salted hashes
 * of a configurable cost ({@link org.proserv.platform.accounts.PasswordHash}), checked at one cost whether the username
 * exists or not ({@link org.proserv.platform.accounts.CredentialCheck}), with repeated failures slowed down per
 * username and per client address ({@link org.proserv.platform.accounts.SignInThrottle}). Usernames are unique
 * regardless of case.
 */
package org.proserv.platform.accounts;
