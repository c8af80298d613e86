package org.proserv.incontainer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.proserv.projects.api.InvoicePaid;

/**
 * Another context's observer of {@link InvoicePaid}, as the installations context has one: it records what it saw and
 * in which transaction, and refuses the payments of one subject, which must then not happen.
 */
@ApplicationScoped
public class InvoicePaidProbe {

    static final String REFUSED_SUBJECT = "refused-order";

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final List<InvoicePaid> seen = new CopyOnWriteArrayList<>();
    private final List<Object> transactionKeys = new CopyOnWriteArrayList<>();

    /** Called through the bean's client proxy: its fields are the proxy's, not the bean's. */
    public List<InvoicePaid> seen() {
        return List.copyOf(seen);
    }

    /** The transaction each payment was observed in, in order. */
    public List<Object> transactionKeys() {
        return List.copyOf(transactionKeys);
    }

    public void clear() {
        seen.clear();
        transactionKeys.clear();
    }

    void observe(@Observes InvoicePaid paid) {
        seen.add(paid);
        transactionKeys.add(transactions.getTransactionKey());
        if (REFUSED_SUBJECT.equals(paid.subjectType())) {
            throw new IllegalStateException("this order cannot take the payment");
        }
    }
}
