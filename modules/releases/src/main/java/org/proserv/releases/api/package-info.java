/**
 * What releases publishes to the other contexts: services taking and returning ids and records (the catalogue of
 * versions, upgrade packs), never its entities. The other contexts call releases only through this package.
 */
package org.proserv.releases.api;
