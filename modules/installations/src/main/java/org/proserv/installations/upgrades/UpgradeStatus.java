package org.proserv.installations.upgrades;

/** Where an upgrade order stands; the statuses named AWAITING_ wait on a customer gate. */
public enum UpgradeStatus {
    /** Requested: the upgrade department examines the store and estimates (and project managers, if asked). */
    REQUESTED(null),
    AWAITING_CONFIRMATION(Gate.CONFIRMATION),
    /** Confirmed: its invoice is issued and no work starts before it is paid. */
    AWAITING_PAYMENT(null),
    PAID(null),
    /** Scheduled: the basic upgrade is done on the vendor's servers. */
    SCHEDULED(null),
    AWAITING_RESULT_CHECK(Gate.RESULT_CHECK),
    /** The custom features and design are re-implemented on the upgraded store. */
    REIMPLEMENTING(null),
    AWAITING_CUSTOM_CHECK(Gate.CUSTOM_CHECK),
    AWAITING_UPLOAD_CONFIRMATION(Gate.UPLOAD_CONFIRMATION),
    /** Uploaded to production with the data synchronized. */
    UPLOADING(null),
    DONE(null);

    private final Gate gate;

    UpgradeStatus(Gate gate) {
        this.gate = gate;
    }

    /** The gate this status waits on, or null. */
    public Gate gate() {
        return gate;
    }
}
