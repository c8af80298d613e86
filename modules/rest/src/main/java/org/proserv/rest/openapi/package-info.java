/** What /openapi says beyond the resources' own annotations. */
package org.proserv.rest.openapi;
