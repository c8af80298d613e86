/**
 * The releases context over HTTP: products, versions and their status, patches, patch plans, security exposure and
 * upgrade packs, the bug tracker and the ideas board, and the views clients see of them. Reading is public (it is the
 * vendor's published release information and tracker); writing needs a token.
 */
package org.proserv.rest.releases;
