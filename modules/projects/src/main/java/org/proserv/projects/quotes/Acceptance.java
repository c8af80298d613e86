package org.proserv.projects.quotes;

import java.util.List;
import org.proserv.projects.billing.Invoice;
import org.proserv.projects.project.Project;

/**
 * What accepting a quote did: the version accepted, the project (started now, or the one an additional quote is of) and
 * the invoices of its plan.
 */
public record Acceptance(Quote quote, QuoteVersion version, Project project, List<Invoice> invoices) {}
