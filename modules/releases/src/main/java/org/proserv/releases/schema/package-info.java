/** The releases context's own tables: their Flyway migrations live in {@code db/migration/releases}. */
package org.proserv.releases.schema;
