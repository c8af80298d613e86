package org.proserv.releases.patches;

/** What a patch fixes: a bug in the software, or a security issue. */
public enum PatchKind {
    BUG_FIX,
    SECURITY
}
