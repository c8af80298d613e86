package org.proserv.projects.prototypes;

import org.proserv.kernel.money.Money;

/** A new catalogue entry as staff give it. */
public record PrototypeDraft(String name, String previewUrl, Money price, Money buyoutPrice) {}
