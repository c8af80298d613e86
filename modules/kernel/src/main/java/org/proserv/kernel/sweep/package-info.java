/**
 * How every timed job walks its rows. A sweep finds the rows its rule selects, then handles them in chunks, each chunk
 * in a transaction of its own that claims its rows again under the rule's condition (so that nodes sweeping at once
 * never handle a row twice). A chunk that fails is handled again row by row, so that one row that cannot be processed
 * is logged with its id and left for the next run while every other row proceeds.
 */
package org.proserv.kernel.sweep;
