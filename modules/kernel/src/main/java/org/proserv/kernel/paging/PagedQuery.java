package org.proserv.kernel.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One page of a filtered JPQL list and the count of the whole list, built from the same conditions and parameters so
 * the two can never disagree.
 */
public final class PagedQuery<T> {

    private final EntityManager em;
    private final Class<T> type;
    private final String from;
    private final String alias;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private PagedQuery(EntityManager em, Class<T> type, String from, String alias) {
        this.em = em;
        this.type = type;
        this.from = from;
        this.alias = alias;
    }

    /**
     * @param from the JPQL after {@code from}, e.g. {@code "Patch p join p.versions v"}; {@code alias} is what is
     *     selected
     */
    public static <T> PagedQuery<T> from(EntityManager em, Class<T> type, String from, String alias) {
        return new PagedQuery<>(em, type, from, alias);
    }

    /** A condition with its one named parameter. */
    public PagedQuery<T> where(String condition, String parameter, Object value) {
        conditions.add(condition);
        parameters.put(parameter, value);
        return this;
    }

    /** A condition with several named parameters, e.g. {@code (n.username = :u or n.role = :r)}. */
    public PagedQuery<T> where(String condition, Map<String, ?> values) {
        conditions.add(condition);
        parameters.putAll(values);
        return this;
    }

    /** A condition applied only when the value is present. */
    public PagedQuery<T> whereIf(Optional<?> value, String condition, String parameter) {
        value.ifPresent(v -> where(condition, parameter, v));
        return this;
    }

    public Page<T> page(String orderBy, PageRequest request) {
        return page(orderBy, request, query -> {});
    }

    /** @param hints applied to the page's query only (fetch hints and the like) */
    public Page<T> page(String orderBy, PageRequest request, Consumer<TypedQuery<T>> hints) {
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<T> query =
                em.createQuery("select " + alias + " from " + from + where + " order by " + orderBy, type);
        TypedQuery<Long> count = em.createQuery("select count(" + alias + ") from " + from + where, Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        hints.accept(query);
        var items = query.setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        return Page.of(items, request, count.getSingleResult());
    }
}
