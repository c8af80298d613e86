/** Reports for staff and for API clients granted {@code reports:read}: the SLA report, as JSON or CSV. */
package org.proserv.rest.reports;
