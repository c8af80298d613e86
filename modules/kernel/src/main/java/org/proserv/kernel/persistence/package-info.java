/**
 * Persistence helpers shared by the contexts: the UTC instant converter and the per-context schema migration runner.
 * Contexts own their entities and tables; nothing here maps a table.
 */
package org.proserv.kernel.persistence;
