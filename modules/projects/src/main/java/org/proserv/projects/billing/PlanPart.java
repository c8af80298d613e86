package org.proserv.projects.billing;

import org.proserv.kernel.money.Money;

/** One part of a payment plan: what it pays for, and how much, paid upfront before its work starts. */
public record PlanPart(String scope, Money amount) {}
