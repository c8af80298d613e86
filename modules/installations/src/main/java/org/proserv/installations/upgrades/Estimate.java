package org.proserv.installations.upgrades;

import java.util.List;
import org.proserv.kernel.money.Money;

/**
 * The upgrade specialist's examination and estimate: the basic upgrade's price, whether minor design changes are
 * included in it (the specialist's decision, recorded here), notes, and which custom modifications are third-party
 * software, with the reason.
 */
public record Estimate(Money price, boolean minorDesignChanges, String notes, List<ThirdParty> thirdParty) {

    public Estimate {
        thirdParty = thirdParty == null ? List.of() : List.copyOf(thirdParty);
    }

    /** The custom modification at this position of the request (from 0) is third-party software, for this reason. */
    public record ThirdParty(int modification, String reason) {}
}
