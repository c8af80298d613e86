/**
 * What installations publishes to the other contexts: services taking and returning ids and records, never its
 * entities. The other contexts call installations only through this package.
 */
package org.proserv.installations.api;
