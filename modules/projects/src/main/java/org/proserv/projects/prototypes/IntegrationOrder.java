package org.proserv.projects.prototypes;

/** What a customer says when ordering a purchased prototype's integration into their store. */
public record IntegrationOrder(String storeUrl, String product, String productVersion, String notes) {}
