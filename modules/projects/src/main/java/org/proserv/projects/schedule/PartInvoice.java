package org.proserv.projects.schedule;

/** The invoice of one part of a project's payment plan, and whether it is paid: no work starts before it is. */
public record PartInvoice(int partNo, long invoiceId, boolean paid) {}
