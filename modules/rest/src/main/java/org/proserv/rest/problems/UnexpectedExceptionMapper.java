package org.proserv.rest.problems;

import jakarta.ejb.EJBException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.proserv.kernel.error.ProservException;

/**
 * Everything else. A business exception that reached us wrapped is unwrapped; a lost race (on the same object, on a
 * unique key a concurrent request just took, or for a lock) is a 409 the client can retry; anything left is our bug,
 * logged, answered 500.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ProservException business) {
                return new ProservExceptionMapper().toResponse(business);
            }
            if (t instanceof WebApplicationException web) {
                return new WebApplicationExceptionMapper().toResponse(web);
            }
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return Problem.response(
                        "urn:proserv:problem:conflict",
                        "Conflict",
                        409,
                        "The request conflicts with data stored at the same time (a duplicate); read again and retry",
                        List.of(),
                        Map.of());
            }
            if (t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException
                    || t instanceof SQLException lock
                            && lock.getSQLState() != null
                            && (lock.getSQLState().equals("40001")
                                    || lock.getSQLState().equals("40P01")
                                    || lock.getSQLState().equals("HYT00"))) {
                return Problem.response(
                        "urn:proserv:problem:conflict",
                        "Conflict",
                        409,
                        "Too many changes to the same object at once; retry",
                        List.of(),
                        Map.of());
            }
            if (t instanceof OptimisticLockException || isOptimisticLock(t)) {
                return Problem.response(
                        "urn:proserv:problem:conflict",
                        "Conflict",
                        409,
                        "The object was changed at the same time by someone else; read it again and retry",
                        List.of(),
                        Map.of());
            }
        }
        LOG.log(Level.SEVERE, "unexpected failure", e);
        return Problem.http(500, "The server failed to handle this request; it has been logged");
    }

    private static boolean isOptimisticLock(Throwable t) {
        return t.getClass().getName().endsWith("OptimisticLockException")
                || (t instanceof EJBException
                        && t.getMessage() != null
                        && t.getMessage().contains("OptimisticLock"));
    }
}
