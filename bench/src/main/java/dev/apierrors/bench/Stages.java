package dev.apierrors.bench;

import dev.apierrors.core.ApiErrorsGenerator;
import dev.apierrors.shared.BuildLog;
import dev.apierrors.view.Framework;
import dev.apierrors.core.GenerationRequest;
import dev.apierrors.core.GenerationResult;
import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.load.FileResource;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.DeserializationUtils;

import java.nio.file.Path;

/** The work measured: (a) the parser alone, (b) the full goal, (c) the goal on unchanged input. */
final class Stages {

    static final String PACKAGE = "com.example.api.errors";

    static {
        // Swagger Parser refuses YAML of more than 3 MiB by default; GitHub's description as YAML is larger.
        DeserializationUtils.getOptions().setMaxYamlCodePoints(Integer.MAX_VALUE);
    }

    private Stages() {
    }

    /** Something measured: {@link #prepare()} is not timed, {@link #run()} is. */
    interface Stage {
        default void prepare() {
        }

        /** Returns what the work produced, so that nothing of it can be optimised away. */
        Object run();
    }

    /**
     * (a) Swagger Parser reading the file, with the options the plugin gives it: a description
     * that is read, deserialised into Swagger Parser's model and checked; not resolved, since the
     * plugin bundles references itself.
     */
    static Stage parse(Path spec) {
        return () -> {
            ParseOptions options = new ParseOptions();
            options.setResolve(false);
            SwaggerParseResult result = new OpenAPIV3Parser().readLocation(spec.toString(), null, options);
            if (result.getOpenAPI() == null) {
                throw new IllegalStateException("Swagger Parser could not read " + spec + ": " + result.getMessages());
            }
            return result;
        };
    }

    /**
     * (b) The goal as a build runs it after {@code mvn clean}: load and check, enrich, write the
     * enriched description (by default in the description's format: its text with the additions
     * inserted), generate the Java sources for Spring.
     */
    static Stage full(Path spec, Path out) {
        return full(spec, out, defaultName(spec));
    }

    /** The goal's default enriched description: openapi.json for a .json description, else openapi.yaml. */
    static String defaultName(Path spec) {
        return spec.getFileName().toString().endsWith(".json") ? "openapi.json" : "openapi.yaml";
    }

    /** (b) writing the enriched description under {@code enrichedName}, whose extension chooses YAML or JSON. */
    static Stage full(Path spec, Path out, String enrichedName) {
        return new Stage() {
            @Override
            public void prepare() {
                Folders.delete(out);
            }

            @Override
            public Object run() {
                GenerationResult result = generate(spec, out, enrichedName, true);
                if (result.skipped()) {
                    throw new IllegalStateException("a forced run was skipped");
                }
                return result;
            }
        };
    }

    /** (c) The goal run again on input that did not change since its last run in {@code out}. */
    static Stage unchanged(Path spec, Path out) {
        return () -> generate(spec, out, defaultName(spec), false);
    }

    /** Sets {@code out} up for {@link #unchanged}: a first, complete run. */
    static GenerationResult firstRun(Path spec, Path out) {
        Folders.delete(out);
        return generate(spec, out, defaultName(spec), false);
    }

    static GenerationResult generate(Path spec, Path out, String enrichedName, boolean force) {
        GenerationRequest request = new GenerationRequest(new FileResource(spec), out.resolve("api-errors/" + enrichedName),
                out.resolve("generated-sources/api-errors"), PACKAGE, Framework.SPRING, EnrichmentOptions.defaults(),
                null, out, force);
        return new ApiErrorsGenerator().generate(request, BuildLog.silent());
    }
}
