package org.proserv.installations.upgrades;

/** What a store's custom modification is: a custom feature (code) or a skin (design). */
public enum ModificationKind {
    FEATURE,
    SKIN
}
