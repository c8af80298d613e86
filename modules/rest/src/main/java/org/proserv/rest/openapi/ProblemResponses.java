package org.proserv.rest.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the error side of every operation once: the problem+json schema and the problems any operation may answer
 * with, so that the annotations on resources stay about the happy path.
 */
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    private static final Map<String, String> COMMON = Map.of(
            "400", "Invalid input: malformed JSON, wrong types, unknown fields or values; `errors` names each field",
            "401", "No valid bearer token (operations that need one)",
            "403", "The caller's role may not do this, or the caller is not entitled",
            "404", "No such object, or not one the caller may see",
            "402", "Not enough support points, or HotRush not allowed without subscription, points or package",
            "409", "Not allowed in the object's current state, or changed concurrently",
            "422", "An Idempotency-Key reused with a different request",
            "500", "A server fault (logged); never caused by client input");

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        COMMON.forEach((status, description) -> {
            if (operation.getResponses().getAPIResponse(status) == null) {
                operation.getResponses().addAPIResponse(status, problem(description));
            }
        });
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents()
                .addSchema(
                        PROBLEM,
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.OBJECT)
                                .description("RFC 9457 problem details")
                                .addProperty(
                                        "type",
                                        string("A URI naming the kind of problem, e.g. urn:proserv:problem:conflict"))
                                .addProperty("title", string("Short summary of the kind of problem"))
                                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                                .addProperty("detail", string("What went wrong this time, for people"))
                                .addProperty(
                                        "errors",
                                        OASFactory.createSchema()
                                                .type(Schema.SchemaType.ARRAY)
                                                .description("For invalid input: each rejected field and why")
                                                .items(OASFactory.createSchema()
                                                        .type(Schema.SchemaType.OBJECT)
                                                        .addProperty(
                                                                "field",
                                                                string("The field or parameter, as the client named "
                                                                        + "it"))
                                                        .addProperty("reason", string("Why it was rejected"))))
                                .addRequired("type")
                                .addRequired("title")
                                .addRequired("status"));
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                "application/problem+json",
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(PROBLEM_REF))));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
    }
}
