/**
 * The installations context's REST edge: installation, third-party installation and upgrade orders, and featured-store
 * requests with their public list.
 */
package org.proserv.rest.installations;
