package dev.apierrors.view;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated handlers say where a bean validation problem is as the client sees the request: the JSON name
 * of a field (OpenAPI Generator's models put {@code @JsonProperty} on the getter, not the field), the query
 * parameter's name. A probe compiled with the generated sources feeds them the exceptions the frameworks throw.
 */
class GeneratedValidationHandlingTest {

    private static final String PACKAGE = "com.example.api.errors";

    /** A model as OpenAPI Generator writes it, and Spring's exception for a request body that fails validation. */
    private static final String SPRING_PROBE = """
            package com.example.api.errors;

            import com.fasterxml.jackson.annotation.JsonProperty;
            import jakarta.servlet.http.HttpServletRequest;
            import java.lang.reflect.Proxy;
            import java.util.List;
            import org.springframework.core.MethodParameter;
            import org.springframework.http.ResponseEntity;
            import org.springframework.validation.BeanPropertyBindingResult;
            import org.springframework.validation.FieldError;
            import org.springframework.web.bind.MethodArgumentNotValidException;
            import org.springframework.web.bind.annotation.RequestBody;
            import org.springframework.web.context.request.ServletWebRequest;

            public class SpringProbe {

                public static class Profile {
                    private String rikProfileId;

                    @JsonProperty("rik_profile_id")
                    public String getRikProfileId() {
                        return rikProfileId;
                    }
                }

                public void create(@RequestBody Profile profile) {
                }

                public static List<Object> invalidField() throws Exception {
                    Profile profile = new Profile();
                    BeanPropertyBindingResult result = new BeanPropertyBindingResult(profile, "profile");
                    result.addError(new FieldError("profile", "rikProfileId", "x", false,
                            new String[] {"Pattern"}, null, "must match \\"R[0-9]+\\""));
                    MethodParameter parameter = new MethodParameter(
                            SpringProbe.class.getMethod("create", Profile.class), 0);
                    HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                            SpringProbe.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                            (proxy, method, arguments) -> null);
                    ResponseEntity<Object> response = new ApiErrorsExceptionHandler().handleInvalidArgument(
                            new MethodArgumentNotValidException(parameter, result), new ServletWebRequest(request));
                    ApiValidationError body = (ApiValidationError) response.getBody();
                    return List.of(response.getStatusCode().value(), body.detail().get(0).loc(),
                            body.detail().get(0).type());
                }
            }
            """;

    /**
     * A resource whose interface carries the Jakarta REST annotations, as OpenAPI Generator's interfaceOnly
     * writes it, and the ConstraintViolationException a Bean Validation provider throws for it.
     */
    private static final String JAXRS_PROBE = """
            package com.example.api.errors;

            import com.fasterxml.jackson.annotation.JsonProperty;
            import jakarta.validation.ConstraintViolation;
            import jakarta.validation.ConstraintViolationException;
            import jakarta.validation.ElementKind;
            import jakarta.validation.Valid;
            import jakarta.validation.constraints.NotNull;
            import jakarta.validation.constraints.Pattern;
            import jakarta.validation.metadata.ConstraintDescriptor;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.POST;
            import jakarta.ws.rs.QueryParam;
            import java.lang.annotation.Annotation;
            import java.lang.reflect.Proxy;
            import java.util.ArrayList;
            import java.util.Arrays;
            import java.util.List;
            import java.util.Set;

            public class JaxrsProbe {

                public static class Profile {
                    @Pattern(regexp = "R[0-9]+")
                    private String rikProfileId = "x";

                    @JsonProperty("rik_profile_id")
                    public String getRikProfileId() {
                        return rikProfileId;
                    }
                }

                public interface ProfilesApi {
                    @POST
                    void create(@Valid Profile profile);

                    @GET
                    List<Profile> list(@QueryParam("rik_status") @NotNull String status);
                }

                public static class ProfilesResource implements ProfilesApi {
                    @Override
                    public void create(Profile profile) {
                    }

                    @Override
                    public List<Profile> list(String status) {
                        return List.of();
                    }
                }

                public static List<Object> invalidField() throws Exception {
                    Profile profile = new Profile();
                    Annotation pattern = Profile.class.getDeclaredField("rikProfileId").getAnnotation(Pattern.class);
                    return outcome(violation(pattern, "x", new Object[] {profile}, node(ElementKind.METHOD, "create",
                            Profile.class), node(ElementKind.PARAMETER, "arg0", 0),
                            node(ElementKind.PROPERTY, "rikProfileId")));
                }

                public static List<Object> missingQueryParameter() throws Exception {
                    Annotation notNull = ProfilesApi.class.getMethod("list", String.class)
                            .getParameterAnnotations()[0][1];
                    return outcome(violation(notNull, null, new Object[] {null}, node(ElementKind.METHOD, "list",
                            String.class), node(ElementKind.PARAMETER, "arg0", 0)));
                }

                public static List<Object> invalidReturnValue() throws Exception {
                    Annotation notNull = ProfilesApi.class.getMethod("list", String.class)
                            .getParameterAnnotations()[0][1];
                    return outcome(violation(notNull, null, new Object[] {"open"}, node(ElementKind.METHOD, "list",
                            String.class), node(ElementKind.RETURN_VALUE, "<return value>")));
                }

                private static List<Object> outcome(ConstraintViolation<?> violation) {
                    ApiErrorsValidationExceptionMapper.Invalid invalid = ApiErrorsValidationExceptionMapper.invalid(
                            new ConstraintViolationException(Set.of(violation)));
                    if (invalid == null) {
                        return List.of(500);
                    }
                    List<Object> outcome = new ArrayList<>(List.of(invalid.code(), invalid.problems().get(0).loc(),
                            invalid.problems().get(0).type()));
                    if (invalid.requestBody() != null) {
                        outcome.add(invalid.requestBody());
                    }
                    return outcome;
                }

                private static ConstraintViolation<?> violation(Annotation constraint, Object invalid,
                                                                Object[] arguments, Object... nodes) {
                    ConstraintDescriptor<?> descriptor = (ConstraintDescriptor<?>) proxy(ConstraintDescriptor.class,
                            "getAnnotation", constraint);
                    jakarta.validation.Path path = () -> Arrays.stream(nodes)
                            .map(node -> (jakarta.validation.Path.Node) node).iterator();
                    return (ConstraintViolation<?>) proxy(ConstraintViolation.class, "getPropertyPath", path,
                            "getRootBeanClass", ProfilesResource.class, "getInvalidValue", invalid,
                            "getConstraintDescriptor", descriptor, "getExecutableParameters", arguments,
                            "getMessage", "is not valid");
                }

                private static Object node(ElementKind kind, String name, Object... more) {
                    Object[] answers = {"getKind", kind, "getName", name, "isInIterable", false,
                            "getParameterIndex", more.length > 0 && more[0] instanceof Integer index ? index : 0,
                            "getParameterTypes", Arrays.stream(more).filter(Class.class::isInstance).toList()};
                    return proxyOf(answers, jakarta.validation.Path.MethodNode.class,
                            jakarta.validation.Path.ParameterNode.class, jakarta.validation.Path.PropertyNode.class,
                            jakarta.validation.Path.ReturnValueNode.class);
                }

                private static Object proxy(Class<?> type, Object... answers) {
                    return proxyOf(answers, type);
                }

                private static Object proxyOf(Object[] answers, Class<?>... types) {
                    return Proxy.newProxyInstance(JaxrsProbe.class.getClassLoader(), types,
                            (self, method, arguments) -> {
                                switch (method.getName()) {
                                    case "as":
                                        return self;
                                    case "hashCode":
                                        return System.identityHashCode(self);
                                    case "equals":
                                        return self == arguments[0];
                                    case "toString":
                                        return types[0].getSimpleName();
                                    default:
                                        for (int i = 0; i < answers.length; i += 2) {
                                            if (answers[i].equals(method.getName())) {
                                                return answers[i + 1];
                                            }
                                        }
                                        return null;
                                }
                            });
                }
            }
            """;

    @TempDir
    Path work;

    @Test
    void springNamesABodyFieldByTheJsonPropertyOfItsGetter() throws Exception {
        List<Object> outcome = run(Framework.SPRING, "SpringProbe", SPRING_PROBE, "invalidField");

        assertThat(outcome).containsExactly(422, List.of("body", "rik_profile_id"), "value_error.pattern");
    }

    @Test
    void jakartaRestNamesABodyFieldByTheJsonPropertyOfItsGetter() throws Exception {
        List<Object> outcome = run(Framework.JAXRS, "JaxrsProbe", JAXRS_PROBE, "invalidField");

        assertThat(outcome).hasSize(4);
        assertThat(outcome.subList(0, 3)).containsExactly(422, List.of("body", "rik_profile_id"), "value_error.pattern");
        assertThat(outcome.get(3).getClass().getSimpleName()).as("the request body as read is echoed")
                .isEqualTo("Profile");
    }

    @Test
    void jakartaRestNamesAMissingQueryParameterAsItsAnnotationDoesAndAnswers400() throws Exception {
        List<Object> outcome = run(Framework.JAXRS, "JaxrsProbe", JAXRS_PROBE, "missingQueryParameter");

        assertThat(outcome).containsExactly(400, List.of("query", "rik_status"), "value_error.missing");
    }

    @Test
    void jakartaRestTreatsAnInvalidReturnValueAsTheServersMistake() throws Exception {
        List<Object> outcome = run(Framework.JAXRS, "JaxrsProbe", JAXRS_PROBE, "invalidReturnValue");

        assertThat(outcome).containsExactly(500);
    }

    @SuppressWarnings("unchecked")
    private List<Object> run(Framework framework, String probe, String source, String method) throws Exception {
        Map<String, byte[]> sources = new TreeMap<>(Generation.generate("risk-profiles.yaml", work, framework));
        sources.put(PACKAGE.replace('.', '/') + "/" + probe + ".java", source.getBytes(StandardCharsets.US_ASCII));
        InMemoryJavac.Result result = InMemoryJavac.compile(sources);
        assertThat(result.errors()).as("compiler messages").isEmpty();
        return (List<Object>) result.loader().loadClass(PACKAGE + "." + probe).getMethod(method).invoke(null);
    }
}
