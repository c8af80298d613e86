package org.proserv.support.charging;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.proserv.kernel.error.ProservException;

/** The issue categories' price list, editable by admins. */
@Stateless
public class Categories {

    @PersistenceContext(unitName = "support")
    EntityManager em;

    public List<IssueCategory> all() {
        return em.createQuery("select c from IssueCategory c order by c.sortOrder", IssueCategory.class)
                .getResultList();
    }

    public IssueCategory reprice(String code, int points, Pricing pricing) {
        var category = em.find(IssueCategory.class, code);
        if (category == null) {
            throw ProservException.notFound("Category", code);
        }
        category.reprice(points, pricing);
        return category;
    }
}
