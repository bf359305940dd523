package dev.apierrors.view;

import dev.apierrors.render.JavaSources;
import dev.apierrors.convention.Convention;
import dev.apierrors.convention.ConventionReader;
import dev.apierrors.core.GenerationRequest;
import dev.apierrors.enrich.ComponentNames;
import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.load.FileResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** OpenAPI Generator's mappings of the body types: names that follow the configuration, and classes that exist. */
class ModelMappingsTest {

    @TempDir
    Path work;

    private GenerationRequest request(String basePackage, EnrichmentOptions enrichment) {
        return new GenerationRequest(new FileResource(Generation.spec("risk-profiles.yaml")),
                work.resolve("api-errors/openapi.yaml"), work.resolve("generated"), basePackage, Framework.NONE,
                enrichment, null, work, true);
    }

    private static ModelMappings mappings(GenerationRequest request) {
        return new JavaSources().mappings(request.sourcesOptions());
    }

    @Test
    void the_standard_bodies_and_the_validation_items() {
        ModelMappings mappings = mappings(request("com.example.errors", EnrichmentOptions.defaults()));

        assertThat(mappings.schemaMappings()).isEqualTo("ApiError=com.example.errors.ApiError,"
                + "ApiValidationError=com.example.errors.ApiValidationError,"
                + "ApiValidationError_detail_inner=com.example.errors.ValidationDetail");
        assertThat(mappings.importMappings()).isEqualTo("ApiError=com.example.errors.ApiError,"
                + "ApiValidationError=com.example.errors.ApiValidationError,"
                + "ValidationDetail=com.example.errors.ValidationDetail");
    }

    @Test
    void the_package_follows_base_package() {
        ModelMappings mappings = mappings(request("org.acme.shop.problems", EnrichmentOptions.defaults()));

        assertThat(mappings.mappings()).extracting(ModelMappings.Mapping::className).containsExactly(
                "org.acme.shop.problems.ApiError", "org.acme.shop.problems.ApiValidationError",
                "org.acme.shop.problems.ValidationDetail");
    }

    @Test
    void renamed_schemas_rename_the_keys_and_the_classes() {
        EnrichmentOptions renamed = EnrichmentOptions.defaults()
                .withNames(new ComponentNames("shop-error", "ShopInvalid", "ShopError"));

        ModelMappings mappings = mappings(request("com.example.errors", renamed));

        assertThat(mappings.schemaMappings()).isEqualTo("shop-error=com.example.errors.ShopError,"
                + "ShopInvalid=com.example.errors.ShopInvalid,"
                + "ShopInvalid_detail_inner=com.example.errors.ValidationDetail");
        assertThat(mappings.importMappings()).isEqualTo("ShopError=com.example.errors.ShopError,"
                + "ShopInvalid=com.example.errors.ShopInvalid,"
                + "ValidationDetail=com.example.errors.ValidationDetail");
    }

    @Test
    void the_problem_convention_maps_its_bodies_and_the_inline_items_of_errors() {
        Convention problem = ConventionReader.preset(Convention.PROBLEM);

        ModelMappings mappings = mappings(request("com.example.errors",
                EnrichmentOptions.defaults().withConvention(problem)));

        assertThat(mappings.schemaMappings()).isEqualTo("ApiError=com.example.errors.ApiError,"
                + "ApiValidationError=com.example.errors.ApiValidationError,"
                + "ApiValidationError_errors_inner=com.example.errors.ApiValidationErrorErrorsItem");
        assertThat(mappings.importMappings()).isEqualTo("ApiError=com.example.errors.ApiError,"
                + "ApiValidationError=com.example.errors.ApiValidationError,"
                + "ApiValidationErrorErrorsItem=com.example.errors.ApiValidationErrorErrorsItem");
    }

    @Test
    void every_mapped_class_is_one_the_goal_generates() {
        for (EnrichmentOptions enrichment : new EnrichmentOptions[] {EnrichmentOptions.defaults(),
                EnrichmentOptions.defaults().withConvention(ConventionReader.preset(Convention.PROBLEM))
                        .withNames(new ComponentNames("Oops", "Invalid", "Oops"))}) {
            GenerationRequest request = request("com.example.errors", enrichment);
            Map<String, byte[]> files = Generation.generate(request);

            assertThat(mappings(request).mappings()).isNotEmpty().allSatisfy(mapping ->
                    assertThat(files).containsKey(mapping.className().replace('.', '/') + ".java"));
        }
    }
}
