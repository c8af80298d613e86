/**
 * The public bug tracker and the ideas board: reports and feature requests, their statuses and
 * votes, and the similar entries suggested before posting, to avoid duplicates.
 */
package org.proserv.releases.tracker;
