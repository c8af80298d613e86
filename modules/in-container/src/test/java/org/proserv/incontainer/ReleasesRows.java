package org.proserv.incontainer;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Direct reads of the releases schema's bookkeeping rows, which no service shows. */
@Stateless
public class ReleasesRows {

    @PersistenceContext(unitName = "releases")
    EntityManager em;

    /** The product's row of {@code releases_entry_count} for bug reports: entries and highest id, if any. */
    public List<Long> bugEntryCount(long productId) {
        List<?> rows = em.createNativeQuery(
                        "select entries, max_id from releases_entry_count" + " where product_id = ? and kind = 'BUG'")
                .setParameter(1, productId)
                .getResultList();
        return rows.stream()
                .flatMap(r -> List.of((Object[]) r).stream())
                .map(v -> ((Number) v).longValue())
                .toList();
    }
}
