/**
 * Patches: bug fixes and security fixes for given versions, the files they change and the patches
 * they require; the patch plan a store follows, its security exposure and upgrade packs.
 */
package org.proserv.releases.patches;
