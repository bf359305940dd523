package dev.apierrors.view;

import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.enrich.ComponentNames;
import dev.apierrors.enrich.EnrichmentOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The generated sources of every framework compile, without warnings, against the framework's
 * jars, for descriptions that range from ordinary to hostile.
 */
class GeneratedSourcesCompileTest {

    @TempDir
    Path work;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String spec : List.of("risk-profiles.yaml", "hostile.yaml", "webhooks-31.yaml", "swagger-2.yaml")) {
            for (Framework framework : Framework.values()) {
                cases.add(Arguments.of(spec, framework));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("cases")
    void compiles(String spec, Framework framework) {
        Map<String, byte[]> sources = Generation.generate(spec, work, framework);

        InMemoryJavac.Result result = InMemoryJavac.compile(sources);

        assertThat(result.errors()).as("compiler messages for %s with %s", spec, framework).isEmpty();
        assertThat(sources).as("every source is ASCII").allSatisfy((path, bytes) ->
                assertThat(new String(bytes, StandardCharsets.UTF_8).chars().allMatch(c -> c < 0x80))
                        .as(path).isTrue());
        assertThat(result.classes()).containsKeys("com.example.api.errors.ApiError",
                "com.example.api.errors.ApiValidationError", "com.example.api.errors.ValidationDetail",
                "com.example.api.errors.ErrorStatus", "com.example.api.errors.ApiErrorException",
                "com.example.api.errors.BadRequestException", "com.example.api.errors.UnauthorizedException",
                "com.example.api.errors.ForbiddenException", "com.example.api.errors.NotFoundException",
                "com.example.api.errors.BusinessLogicException", "com.example.api.errors.ValidationException",
                "com.example.api.errors.InternalServerErrorException", "com.example.api.errors.ApiErrorDecoder",
                "com.example.api.errors.OperationErrors");
        switch (framework) {
            case SPRING:
                assertThat(result.classes()).containsKeys("com.example.api.errors.ApiErrorsExceptionHandler",
                        "com.example.api.errors.ApiErrorsResponseErrorHandler",
                        "com.example.api.errors.ApiErrorsStatusHandler");
                break;
            case WEBFLUX:
                assertThat(result.classes()).containsKeys("com.example.api.errors.ApiErrorsWebExceptionHandler",
                        "com.example.api.errors.ApiErrorsWebClientFilter");
                break;
            case JAXRS:
                assertThat(result.classes()).containsKeys("com.example.api.errors.ApiErrorExceptionMapper",
                        "com.example.api.errors.ApiErrorsFallbackExceptionMapper",
                        "com.example.api.errors.ApiErrorsWebApplicationExceptionMapper",
                        "com.example.api.errors.ApiErrorsJsonExceptionMapper",
                        "com.example.api.errors.ApiErrorsValidationExceptionMapper",
                        "com.example.api.errors.ApiErrorsFeature",
                        "com.example.api.errors.ApiErrorsClientResponseFilter");
                break;
            default:
                assertThat(result.classes().keySet()).noneMatch(name -> name.contains("Handler")
                        || name.contains("Mapper") || name.contains("Filter"));
        }
    }

    @Test
    void bodyModelsAreNamedAfterTheConfiguredSchemas() {
        EnrichmentOptions options = EnrichmentOptions.defaults()
                .withNames(new ComponentNames("problem-body.v2", "problem_validation", "Problem"));
        Map<String, byte[]> sources = Generation.generate(Generation.request(Generation.spec("risk-profiles.yaml"),
                work, Framework.SPRING, options, null));

        assertThat(sources).containsKeys("com/example/api/errors/ProblemBodyV2.java",
                "com/example/api/errors/ProblemValidation.java").doesNotContainKey("com/example/api/errors/ApiError.java");
        assertThat(InMemoryJavac.compile(sources).errors()).isEmpty();
    }

    @Test
    void aSchemaNameThatClashesWithAGeneratedTypeIsRefused() {
        EnrichmentOptions options = EnrichmentOptions.defaults()
                .withNames(new ComponentNames("error-status", "ApiValidationError", "ApiError"));

        assertThatThrownBy(() -> Generation.generate(Generation.request(Generation.spec("risk-profiles.yaml"), work,
                Framework.NONE, options, null)))
                .isInstanceOf(ApiErrorsException.class).hasMessageContaining("errorSchemaName 'error-status'")
                .hasMessageContaining("ErrorStatus");
    }
}
