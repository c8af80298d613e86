/** The projects context's own tables: their Flyway migrations live in {@code db/migration/projects}. */
package org.proserv.projects.schema;
