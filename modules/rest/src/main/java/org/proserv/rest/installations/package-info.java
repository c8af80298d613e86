/**
 * The installations context's REST edge: installation and third-party installation orders, and featured-store requests
 * with their public list.
 */
package org.proserv.rest.installations;
