/** The installations context's timers: each only calls an idempotent, set-based sweep safe on every node at once. */
package org.proserv.installations.timers;
