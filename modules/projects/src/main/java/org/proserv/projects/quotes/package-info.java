/**
 * Quotes: itemized prices for a request, the base they are built for, their versions (a revision supersedes the one
 * before and keeps it readable), their validity and expiry, and their acceptance, which starts the project and fixes
 * its payment plan.
 */
package org.proserv.projects.quotes;
