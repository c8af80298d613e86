/**
 * The public bug tracker and the ideas board: reports and feature requests, their statuses and votes, and the similar
 * entries suggested before posting, to avoid duplicates.
 *
 * <p>A fix names the fixing version, a version of the product newer than the reported one (the release the fix shipped
 * in), and/or the fixing patch, a patch of the product that applies to the reported version (a patch is installed on
 * the versions it is published for, so it fixes stores still running the reported version). Both may be linked or
 * corrected later on a FIXED report; each such change is kept in its history.
 *
 * <p>Each product's number of entries and highest id are kept in {@code releases_entry_count}, in the transaction that
 * adds an entry, so a similar-entry lookup never counts the product's rows.
 */
package org.proserv.releases.tracker;
