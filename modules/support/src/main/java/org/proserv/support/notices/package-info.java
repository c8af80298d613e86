/**
 * What customers are told (docs/support.md, Notices: points about to expire, a pre-closed ticket, a ticket waiting for
 * a top-up), kept as an inbox the API lists.
 */
package org.proserv.support.notices;
