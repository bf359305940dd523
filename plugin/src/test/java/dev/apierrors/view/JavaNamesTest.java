package dev.apierrors.view;

import io.swagger.v3.oas.models.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openapitools.codegen.languages.JavaClientCodegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** JavaNames names things as OpenAPI Generator's Java generators do, checked against the generator itself. */
class JavaNamesTest {

    /** Opens the generator's protected naming of operations without an operationId. */
    static final class Generator extends JavaClientCodegen {
        String generated(String path, String method) {
            return toOperationId(getOrGenerateOperationId(new Operation(), path, method));
        }
    }

    private static final Generator GENERATOR = new Generator();

    private static final List<String> NAMES = List.of("getRiskProfile", "get-risk-profile", "GetRiskProfile",
            "get_risk_profile", "get risk profile", "getRISKProfile", "HTTPServer", "ABC", "ABC_1", "a", "A", "_x",
            "x_", "__a", "a__b", "a_1b", "a.b.c", "a-b-c", "a|b", "a/b\\c", "input[]", "input[a][b]", "f(a)(b)",
            "import", "class", "Import", "list", "List", "object", "file", "123abc", "1", "überprüfen", "straße",
            "取得", "$", "$x", "a$b", "null", "goto", "_", "localVarPath", "ApiError", "Api-Error.v2", "api_error",
            "getAccount_v2", "V2_getAccount", "déjà vu", "some--thing", "Some__Thing", "x-Y_z", "PascalCase",
            "camelCase", "snake_case_name", "SCREAMING_CASE", "mixed_Case-name.with stuff", "o'reilly", "e=mc2");

    @Test
    void operationMethodNamesAreOpenApiGenerators() {
        List<String> differences = new ArrayList<>();
        for (String name : NAMES) {
            String ours = JavaNames.toOperationId(name);
            if (ours.isEmpty()) {
                continue; // the generator refuses such names; JavaNames falls back to method and path
            }
            String theirs = GENERATOR.toOperationId(name);
            if (!ours.equals(theirs)) {
                differences.add(name + ": ours " + ours + ", OpenAPI Generator's " + theirs);
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void modelNamesAreOpenApiGenerators() {
        List<String> differences = new ArrayList<>();
        for (String name : NAMES) {
            String ours = JavaNames.toModelName(name);
            String theirs = GENERATOR.toModelName(name);
            if (!ours.isEmpty() && !ours.equals(theirs)) {
                differences.add(name + ": ours " + ours + ", OpenAPI Generator's " + theirs);
            }
        }
        assertThat(differences).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ' ', value = {"/pets/{id} get", "/ post", "/risk-profiles/{rik_profile_id} delete",
            "{$request.body#/callbackUrl} post", "newPet post", "/a.b/c_d/{e-f} patch", "/v1/über put"})
    void generatedOperationIdsAreOpenApiGenerators(String path, String method) {
        assertThat(JavaNames.operationMethod(null, method, path)).isEqualTo(GENERATOR.generated(path, method));
    }

    @Test
    void namesAreValidJavaEvenWhereTheGeneratorsAreNot() {
        assertThat(JavaNames.toOperationId("true")).isEqualTo("callTrue");
        assertThat(JavaNames.toModelName("true")).isEqualTo("True");
        assertThat(JavaNames.operationMethod("*/", "patch", "/keywords")).isEqualTo("keywordsPatch");
        assertThat(JavaNames.operationMethod("取得", "get", "/more")).isEqualTo("moreGet");
        for (String name : NAMES) {
            String method = JavaNames.operationMethod(name, "get", "/x");
            assertThat(JavaNames.isIdentifier(method)).as(name + " -> " + method).isTrue();
        }
    }

    @Test
    void uniqueNamesDifferAlsoIgnoringCase() {
        UniqueNames names = new UniqueNames(Set.of("all"));
        List<String> claimed = new ArrayList<>();
        for (String id : List.of("get-risk-profile", "GetRiskProfile", "get_risk_profile", "getRISKProfile", "all")) {
            claimed.add(names.claim(JavaNames.toOperationId(id)));
        }
        assertThat(claimed).containsExactly("getRiskProfile", "getRiskProfile_0", "getRiskProfile_1",
                "getRISKProfile_2", "all_0");
    }
}
