/**
 * Patches: bug fixes and security fixes for given versions, the files they change and the patches they require; the
 * patch plan a store follows, its security exposure and upgrade packs.
 *
 * <p>A patch's versions are the versions it is installed on: a store running one of them applies it. A patch plan step
 * is manual for file permissions when the store says the installer may not write a file the patch changes (none of its
 * files, or the file or a directory above it).
 */
package org.proserv.releases.patches;
