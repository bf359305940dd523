package dev.apierrors.view;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Loads the generated classes of the hostile description and runs the catalog, the statuses and the decoder. */
class GeneratedCodeRunsTest {

    private static final String PACKAGE = "com.example.api.errors.";

    @TempDir
    Path work;

    @Test
    void hostileCatalogKeepsEveryOperationsTextAndDistinctNames() throws Exception {
        ClassLoader loader = compile("hostile.yaml");
        Class<?> catalog = loader.loadClass(PACKAGE + "OperationErrors");

        List<?> all = (List<?>) catalog.getMethod("all").invoke(null);
        assertThat(all).hasSize(17);
        Object quoted = find(catalog, "a \"quoted\" \\ id").orElseThrow();
        assertThat(quoted.getClass().getMethod("method").invoke(quoted)).isEqualTo("POST");
        assertThat(find(catalog, "\\u002a/ {{x}}")).isPresent();
        assertThat(find(catalog, "取得")).isPresent();
        Object noId = find(catalog, "GET /weird/\"quoted\"/*/{x}\\u0041").orElseThrow();
        assertThat(noId.getClass().getMethod("canReturn", int.class).invoke(noId, 422)).isEqualTo(true);
        Object first = catalog.getMethod("getRiskProfile").invoke(null);
        assertThat(first.getClass().getMethod("errorStatuses").invoke(first))
                .as("author-declared 429 and 4XX are kept, 4xx codes the range covers are not added")
                .isEqualTo(List.of("429", "4XX", "500"));
        assertThat(first.getClass().getMethod("canReturn", int.class).invoke(first, 403)).isEqualTo(true);

        List<String> methods = new ArrayList<>();
        for (Method method : catalog.getDeclaredMethods()) {
            if (method.getReturnType().getSimpleName().equals("Operation") && method.getParameterCount() == 0) {
                methods.add(method.getName().toLowerCase(java.util.Locale.ROOT));
            }
        }
        assertThat(methods).hasSize(17).doesNotHaveDuplicates();
    }

    @Test
    void statusesAndDecoderRun() throws Exception {
        ClassLoader loader = compile("risk-profiles.yaml");
        Class<?> decoder = loader.loadClass(PACKAGE + "ApiErrorDecoder");
        Object notFound = decoder.getMethod("decode", int.class, String.class).invoke(null, 404,
                "{\"title\": \"Not Found\", \"description\": \"gone \\u00e9\", \"request_id\": \"r\"}");
        assertThat(notFound.getClass().getSimpleName()).isEqualTo("NotFoundException");
        Object body = notFound.getClass().getMethod("body").invoke(notFound);
        assertThat(body.getClass().getMethod("description").invoke(body)).isEqualTo("gone é");

        Object invalid = decoder.getMethod("decode", int.class, String.class).invoke(null, 422, "[1, {\"deep\": ");
        assertThat(invalid.getClass().getSimpleName()).isEqualTo("ValidationException");
        Object validationBody = invalid.getClass().getMethod("body").invoke(invalid);
        assertThat(validationBody.getClass().getMethod("status").invoke(validationBody)).isEqualTo(422);

        Object deep = decoder.getMethod("decode", int.class, String.class).invoke(null, 400,
                "[".repeat(100_000) + "]".repeat(100_000));
        assertThat(deep.getClass().getSimpleName()).as("deep nesting is refused, not a stack overflow")
                .isEqualTo("BadRequestException");

        Class<?> status = loader.loadClass(PACKAGE + "ErrorStatus");
        Optional<?> conflict = (Optional<?>) status.getMethod("fromCode", int.class).invoke(null, 409);
        Object value = conflict.orElseThrow();
        assertThat(status.getMethod("reason").invoke(value)).isEqualTo("Business Logic Error");
        assertThat(status.getMethod("retryable").invoke(value)).isEqualTo(false);
        Object server = ((Optional<?>) status.getMethod("fromCode", int.class).invoke(null, 500)).orElseThrow();
        assertThat(status.getMethod("escalate").invoke(server)).isEqualTo(true);
    }

    private ClassLoader compile(String spec) {
        InMemoryJavac.Result result = InMemoryJavac.compile(Generation.generate(spec, work, Framework.NONE));
        assertThat(result.errors()).isEmpty();
        return result.loader();
    }

    private static Optional<?> find(Class<?> catalog, String key) throws Exception {
        return (Optional<?>) catalog.getMethod("find", String.class).invoke(null, key);
    }
}
