package org.proserv.projects.design;

/** An offered set waits for the customer, who chooses one of its sketches or rejects it. */
public enum SketchSetStatus {
    OFFERED,
    CHOSEN,
    REJECTED
}
