package org.proserv.installations.upgrades;

import java.util.EnumSet;
import java.util.Set;
import org.proserv.platform.accounts.Role;

/**
 * The steps of an upgrade order, each with who may take it: staff steps by their roles, gates by the order's customer
 * only (no staff role, admin included), the payment by the invoice being paid.
 */
public enum UpgradeStep {
    ESTIMATE("estimate", EnumSet.of(Role.upgrade_specialist, Role.admin)),
    REIMPLEMENTATION_ESTIMATE("reimplementation-estimate", EnumSet.of(Role.project_manager, Role.admin)),
    CONFIRMATION("confirmation", EnumSet.noneOf(Role.class)),
    PAYMENT("payment", EnumSet.noneOf(Role.class)),
    SCHEDULE("schedule", EnumSet.of(Role.upgrade_specialist, Role.installation_engineer, Role.admin)),
    BASIC_UPGRADE_DONE(
            "basic-upgrade-done", EnumSet.of(Role.upgrade_specialist, Role.installation_engineer, Role.admin)),
    RESULT_CHECK("result-check", EnumSet.noneOf(Role.class)),
    REIMPLEMENTATION_DONE("reimplementation-done", EnumSet.of(Role.project_manager, Role.admin)),
    CUSTOM_CHECK("custom-check", EnumSet.noneOf(Role.class)),
    UPLOAD_CONFIRMATION("upload-confirmation", EnumSet.noneOf(Role.class)),
    UPLOAD_DONE("upload-done", EnumSet.of(Role.upgrade_specialist, Role.installation_engineer, Role.admin));

    private final String label;
    private final Set<Role> staff;

    UpgradeStep(String label, Set<Role> staff) {
        this.label = label;
        this.staff = staff;
    }

    /** The step's name in answers and in the allowed next steps of a refusal. */
    public String label() {
        return label;
    }

    public boolean isGate() {
        return this == CONFIRMATION || this == RESULT_CHECK || this == CUSTOM_CHECK || this == UPLOAD_CONFIRMATION;
    }

    /** Whether a staff member of this role may take the step (never a gate, never the payment). */
    public boolean staffMay(Role role) {
        return staff.contains(role);
    }

    public Set<Role> staffRoles() {
        return Set.copyOf(staff);
    }
}
