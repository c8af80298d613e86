package org.proserv.installations.upgrades;

import java.time.Duration;
import org.proserv.kernel.config.ConfigDefaults;

/**
 * The configurable numbers of upgrade orders (docs/installations.md, Upgrades).
 *
 * @param gateReminderAfter how long a customer may wait at a gate before being reminded, once (7 days)
 */
public record UpgradeTerms(Duration gateReminderAfter) {

    public static final String GATE_REMINDER_AFTER = "proserv.installations.gate-reminder-after";

    public UpgradeTerms {
        if (gateReminderAfter.isNegative() || gateReminderAfter.isZero()) {
            throw new IllegalArgumentException(GATE_REMINDER_AFTER + " must be positive, not " + gateReminderAfter);
        }
    }

    public static UpgradeTerms standard() {
        return new UpgradeTerms(
                Duration.parse(ConfigDefaults.visibleTo(UpgradeTerms.class).value(GATE_REMINDER_AFTER)));
    }
}
