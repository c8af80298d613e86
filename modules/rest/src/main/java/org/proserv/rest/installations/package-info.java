/** The installations context's REST resources and their views: installation and upgrade orders. */
package org.proserv.rest.installations;
