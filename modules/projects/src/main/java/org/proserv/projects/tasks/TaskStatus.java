package org.proserv.projects.tasks;

/** Where a task is in its life, from the director's plan to the customer's approval and the closing reports. */
public enum TaskStatus {
    /** Planned by a director; no work yet. */
    SCHEDULED,
    /** A developer works on it. */
    WORKING,
    /** Development done; QA tests it. */
    QUALITY_ASSURANCE,
    /** Still in development, with a preview link for the customer to look at. */
    REVIEWING,
    /** Done and checked, with a link to check the result. */
    COMPLETED,
    /** The customer wants it uploaded to their store (optionally on a given date). */
    READY_TO_UPLOAD,
    /** Staff uploaded it to the customer's store. */
    UPLOADED,
    /** The customer accepted the uploaded work. */
    APPROVED,
    /** Staff closed it, with its reports in the project's file area. */
    CLOSED;

    /** Statuses of a task in development: the ones whose progress is tracked against the plan. */
    public boolean inDevelopment() {
        return this == WORKING || this == QUALITY_ASSURANCE || this == REVIEWING;
    }

    /** Counts towards the project's approval: the customer has approved it (and it may be closed since). */
    public boolean approved() {
        return this == APPROVED || this == CLOSED;
    }
}
