/** The support context's own tables: their Flyway migrations live in {@code db/migration/support}. */
package org.proserv.support.schema;
