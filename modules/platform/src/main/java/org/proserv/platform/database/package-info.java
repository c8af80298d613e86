/**
 * The database the whole application shares: its datasource definition and the platform's schema. Contexts never reach
 * each other's tables through it; each owns and migrates its own.
 */
package org.proserv.platform.database;
