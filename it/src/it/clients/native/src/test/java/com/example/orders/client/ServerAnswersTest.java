package com.example.orders.client;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every error answer of the server, as the clients' tests get them, is one the enriched description allows. */
class ServerAnswersTest {

    @Test
    void every_error_body_conforms_to_the_enriched_description() throws Exception {
        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForSpecificationUrl(Path.of(System.getProperty("enrichedSpec")).toAbsolutePath().toString())
                .build();
        HttpClient http = HttpClient.newHttpClient();
        try (ErrorServer server = ErrorServer.start()) {
            for (int status : ConventionBodies.STATUSES) {
                http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/orders/" + status))
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"item\":\"tea\",\"quantity\":3}"))
                        .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            }
            assertEquals(ConventionBodies.STATUSES.size(), server.answers().size());
            for (ErrorServer.Answer answer : server.answers()) {
                ValidationReport report = validator.validateResponse(answer.path(), Request.Method.PUT,
                        SimpleResponse.Builder.status(answer.status()).withContentType(answer.contentType())
                                .withBody(answer.body()).build());
                assertFalse(report.hasErrors(), answer + ": " + report.getMessages());
            }
        }
    }
}
