package com.example.orders;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The enriched description that the plugin wrote in this build, as an independent validator sees it: every
 * response the tests receive must be one that the description declares for the operation, with a body that
 * matches the declared schema.
 */
final class EnrichedDescription {

    private static final Path LOCATION = Path.of(System.getProperty("enrichedSpec", "target/api-errors/openapi.yaml"));

    private final OpenApiInteractionValidator validator;

    private EnrichedDescription(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    static EnrichedDescription load() {
        assertThat(Files.isRegularFile(LOCATION)).as("the plugin wrote the enriched description to %s", LOCATION).isTrue();
        return new EnrichedDescription(OpenApiInteractionValidator
                .createForSpecificationUrl(LOCATION.toAbsolutePath().toString())
                .build());
    }

    ValidationReport check(Exchange exchange) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status()).withBody(exchange.body());
        exchange.contentType().ifPresent(response::withContentType);
        return validator.validateResponse(exchange.path(), Request.Method.valueOf(exchange.method()), response.build());
    }

    void assertConforms(Exchange exchange) {
        ValidationReport report = check(exchange);
        assertThat(report.hasErrors())
                .as("%s %s answered %s %s, which the enriched description does not allow: %s",
                        exchange.method(), exchange.path(), exchange.status(), exchange.body(), report.getMessages())
                .isFalse();
    }
}
