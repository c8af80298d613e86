package org.proserv.installations.upgrades;

/** A customer check of an upgrade order: nothing moves past it without the order's customer. */
public enum Gate {
    /** The customer confirms the estimate (or rejects it: the order goes back to examination). */
    CONFIRMATION,
    /** The customer checks the basic upgrade on the vendor's servers (rejected: back to the basic upgrade). */
    RESULT_CHECK,
    /** The customer checks the re-implemented custom features and design (rejected: back to re-implementation). */
    CUSTOM_CHECK,
    /** The customer confirms the upload to production (rejected: back to the work before it). */
    UPLOAD_CONFIRMATION;

    public UpgradeStep step() {
        return switch (this) {
            case CONFIRMATION -> UpgradeStep.CONFIRMATION;
            case RESULT_CHECK -> UpgradeStep.RESULT_CHECK;
            case CUSTOM_CHECK -> UpgradeStep.CUSTOM_CHECK;
            case UPLOAD_CONFIRMATION -> UpgradeStep.UPLOAD_CONFIRMATION;
        };
    }
}
