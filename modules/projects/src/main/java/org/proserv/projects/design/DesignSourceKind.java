package org.proserv.projects.design;

/** What design a design integration integrates. */
public enum DesignSourceKind {
    /** the customer's design creation, approved */
    APPROVED_CREATION,
    /** design files the customer supplies */
    SUPPLIED_FILES,
    /** a graphic prototype the customer bought */
    PROTOTYPE
}
