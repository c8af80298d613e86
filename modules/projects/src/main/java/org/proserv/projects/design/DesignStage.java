package org.proserv.projects.design;

/**
 * Where a design creation is: stage 1 offers sketch sets until the customer chooses a sketch (or rejects the last set
 * allowed: ENDED, to be ordered again); stage 2 refines the chosen sketch until the customer approves.
 */
public enum DesignStage {
    SKETCHES,
    SKETCH_CHOSEN,
    REFINING,
    APPROVED,
    ENDED
}
