package org.proserv.incontainer;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.function.Supplier;

/**
 * Container-managed transactions for in-container tests: work run here commits when it returns and rolls back when it
 * throws, exactly as a service method's would. A call from inside other work suspends that work's transaction, so a
 * test can have two transactions change the same row.
 */
@Stateless
public class Transactions {

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T> T inNew(Supplier<T> work) {
        return work.get();
    }
}
