package org.proserv.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proserv.micro.TicketLifecycleIT.assertProblem;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The endpoints Payara serves beside the API (metrics, health, OpenAPI) and the container's own errors. */
@ExtendWith(TestServer.Extension.class)
class OperationsEndpointsIT {

    private TestServer server;
    private Fixtures fixtures;

    @BeforeEach
    void setUp(TestServer server) {
        this.server = server;
        this.fixtures = new Fixtures(server);
    }

    private ProservClient basic(String user, String password) {
        return server.anonymous()
                .withHeader(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    static void assertPrometheusText(ProservClient.Answer answer) {
        assertEquals(200, answer.status(), answer::toString);
        assertTrue(answer.contentType().startsWith("text/plain"), answer.contentType());
        assertTrue(answer.body().contains("# TYPE "), answer::toString);
        assertEquals("nosniff", answer.header("X-Content-Type-Options"));
    }

    @Test
    void metricsAreReadByAdminsAndTheScrapeCredentialOnly() {
        // a path with matrix parameters never reaches the metrics: it is refused as malformed first
        var matrix = server.anonymous().get("/metrics;v=1");
        assertProblem(400, matrix);
        assertEquals("nosniff", matrix.header("X-Content-Type-Options"));
        for (String path : new String[] {"/metrics", "/metrics/", "/%6Detrics", "/metrics?scope=base"}) {
            var anonymous = server.anonymous().get(path);
            assertProblem(401, anonymous);
            assertEquals("Bearer", anonymous.header("WWW-Authenticate"), path);
            assertEquals("nosniff", anonymous.header("X-Content-Type-Options"), path);
        }
        assertProblem(403, fixtures.customer().client().get("/metrics"));
        assertProblem(403, fixtures.staff("engineer").client().get("/metrics"));
        assertProblem(401, basic("prometheus", "not-" + TestServer.SCRAPE_TOKEN).get("/metrics"));
        assertProblem(401, basic("prometheus", "").get("/metrics"));
        assertProblem(401, server.anonymous().withToken(TestServer.SCRAPE_TOKEN).get("/metrics"));

        assertPrometheusText(fixtures.admin().get("/metrics"));
        assertPrometheusText(fixtures.admin().get("/metrics/"));
        assertPrometheusText(basic("prometheus", TestServer.SCRAPE_TOKEN).get("/metrics"));
    }

    @Test
    void everyResponseForbidsContentSniffing() {
        var anonymous = server.anonymous();
        var answers = new LinkedHashMap<String, ProservClient.Answer>();
        answers.put("GET /health", anonymous.get("/health"));
        answers.put("GET /health/ready", anonymous.get("/health/ready"));
        answers.put("GET /health/live", anonymous.get("/health/live"));
        answers.put("GET /openapi", anonymous.get("/openapi"));
        answers.put("GET /metrics (admin)", fixtures.admin().get("/metrics"));
        answers.put("GET /metrics (anonymous)", anonymous.get("/metrics"));
        answers.put("GET /no-such-page", anonymous.get("/no-such-page"));
        answers.put("GET /api/no-such-resource", anonymous.get("/api/no-such-resource"));
        answers.put("PATCH /api/calendar", anonymous.send405());
        answers.put("DELETE /health/ready", anonymous.send("DELETE", "/health/ready"));
        answers.put("POST /openapi", anonymous.send("POST", "/openapi"));
        answers.forEach((request, answer) ->
                assertEquals("nosniff", answer.header("X-Content-Type-Options"), request + " -> " + answer));

        assertEquals(200, answers.get("GET /health/ready").status());
        assertEquals(200, answers.get("GET /openapi").status());
        assertProblem(404, answers.get("GET /no-such-page"));
        assertProblem(404, answers.get("GET /api/no-such-resource"));
        assertProblem(405, answers.get("PATCH /api/calendar"));
        assertProblem(405, answers.get("DELETE /health/ready"));
    }
}
