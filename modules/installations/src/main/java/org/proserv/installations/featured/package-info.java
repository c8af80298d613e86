/** Featured-store requests: a customer's live store asks to be listed, staff accept or decline, without guarantee. */
package org.proserv.installations.featured;
