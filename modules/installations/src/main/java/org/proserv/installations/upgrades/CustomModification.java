package org.proserv.installations.upgrades;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A custom modification or skin a store has, as the request lists it. The upgrade specialist may mark it third-party
 * software in the estimate, with the reason: services are not offered for third-party software, so it is not
 * re-implemented.
 */
@Embeddable
public class CustomModification {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ModificationKind kind;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 2000)
    private String description;

    @Column(name = "third_party_reason", length = 2000)
    private String thirdPartyReason;

    protected CustomModification() {}

    CustomModification(ModificationKind kind, String name, String description) {
        this.kind = kind;
        this.name = name;
        this.description = description;
    }

    void markThirdParty(String reason) {
        this.thirdPartyReason = reason;
    }

    void clearThirdParty() {
        this.thirdPartyReason = null;
    }

    public ModificationKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public boolean thirdParty() {
        return thirdPartyReason != null;
    }

    /** Why it is excluded from re-implementation; null unless it is third-party software. */
    public String thirdPartyReason() {
        return thirdPartyReason;
    }
}
