package org.proserv.rest.problems;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reading a request body goes wrong inside the JSON provider, which wraps the JSON-B failure; that is the client's bad
 * input. Any other processing failure is ours.
 */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

    private static final Logger LOG = Logger.getLogger(ProcessingExceptionMapper.class.getName());

    @Context
    ResourceInfo resource;

    @Override
    public Response toResponse(ProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonParsingException) {
                return UnreadableBodyMapper.problem(t, resource);
            }
        }
        LOG.log(Level.SEVERE, "request processing failed", e);
        return Problem.http(500, "The server could not process the request");
    }
}
