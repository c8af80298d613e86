package org.proserv.incontainer;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Direct SQL on the projects and platform tables, for rows no use case would leave behind and what was recorded. */
@Stateless
public class ProjectsRows {

    @PersistenceContext(unitName = "projects")
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/proserv")
    DataSource dataSource;

    /** Gives a quote's newest version a currency no money can be in: processing it fails. */
    public void breakCurrency(long quoteId, String currency) {
        em.createNativeQuery("update projects_quote_version set currency = ? where quote_id = ?")
                .setParameter(1, currency)
                .setParameter(2, quoteId)
                .executeUpdate();
    }

    /** The types of the events recorded for one aggregate, in their order. */
    public List<String> eventTypes(String aggregateType, long aggregateId) {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select type from platform_event"
                        + " where aggregate_type = ? and aggregate_id = ? order by aggregate_seq")) {
            statement.setString(1, aggregateType);
            statement.setLong(2, aggregateId);
            List<String> types = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    types.add(rows.getString(1));
                }
            }
            return types;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long payments(long invoiceId) {
        return ((Number) em.createNativeQuery("select count(*) from projects_payment where invoice_id = ?")
                        .setParameter(1, invoiceId)
                        .getSingleResult())
                .longValue();
    }
}
