/**
 * The projects context's own tables (migrations in {@code db/migration/projects}) and the identity its entities share.
 */
package org.proserv.projects.schema;
