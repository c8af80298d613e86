/** Paged lists: the request a client makes and the page it gets back. */
package org.proserv.kernel.paging;
