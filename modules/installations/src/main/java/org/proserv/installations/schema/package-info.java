/** The installations context's own tables: their Flyway migrations live in {@code db/migration/installations}. */
package org.proserv.installations.schema;
