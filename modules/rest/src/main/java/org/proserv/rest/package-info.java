/**
 * The REST edge. Resources are thin: they turn requests into calls of the contexts' services with the caller's
 * {@link org.proserv.platform.accounts.Actor}, and results into DTOs. Entities never leave through here. Each resource
 * method declares its roles; nothing is open by default.
 */
package org.proserv.rest;
