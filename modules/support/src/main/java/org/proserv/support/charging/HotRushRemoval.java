package org.proserv.support.charging;

/** Why staff took HotRush priority away from a ticket (docs/support.md, HotRush). */
public enum HotRushRemoval {
    /** The question concerns a customization project; it moved to Development. */
    CUSTOMIZATION_PROJECT,
    /** It is a bug in the default software. */
    DEFAULT_SOFTWARE_BUG,
    /** It is a general question: sales, licensing, account use. */
    GENERAL_QUESTION
}
