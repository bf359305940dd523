package dev.apierrors.load;

import dev.apierrors.shared.ApiErrorsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParserMessagesTest {

    private static final SpecResource FILE = new FileResource(Path.of("/project/api/openapi.yaml"));

    @ParameterizedTest
    @ValueSource(strings = {
            "attribute paths is not of type `object`",
            "attribute paths.'/pets'.get is not of type `object`",
            "attribute paths.'/pets'(get).responses is not of type `object`",
            "attribute components.schemas is not of type `object`",
            "attribute components.schemas.Pet. is not of type `object`",
            "attribute tags is not of type `array`",
            "attribute paths.'/pets'(get).responses.200.$ref is not of type `string`"})
    void partThatCannotBeReadIsAnError(String message) {
        assertThat(ParserMessages.error(message)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "attribute info is missing",
            "attribute paths.'/pets'(get).responses is missing",
            "attribute info.title is not of type `string`",
            "attribute components.schemas.Pet.minimum is not of type `number`",
            "attribute paths.'/pets'(get).operationId is repeated",
            "attribute paths.'/pets'(get).color is unexpected",
            "attribute paths.'/pets'(get).parameters.[id].content with multiple media types is unsupported",
            "paths.'/pets/{id}'. Declared path parameter id needs to be defined as a path parameter",
            "The provided definition does not specify a valid version field"})
    void everythingElseIsAWarning(String message) {
        assertThat(ParserMessages.error(message)).isNull();
        assertThat(ParserMessages.warningsOrFail(FILE, true, List.of(message))).containsExactly(message);
    }

    @Test
    void errorNamesTheFileAndThePartInWords() {
        assertThatThrownBy(() -> ParserMessages.warningsOrFail(FILE, true, List.of(
                "attribute info is missing", "attribute paths.'/pets'.get is not of type `object`")))
                .isInstanceOf(ApiErrorsException.class)
                .hasMessage(FILE.displayName() + ": the description cannot be used: 'paths.'/pets'.get' must be a"
                        + " mapping (key: value pairs) but is another kind of value");
    }

    @Test
    void propertyWhoseSchemaIsNotAMappingIsNamedAsWellAsSwaggerParserAllows() {
        assertThat(ParserMessages.error("attribute components.schemas.Pet.properties is not of type `object`"))
                .isEqualTo("'components.schemas.Pet.properties' must map each property name to a schema (a mapping),"
                        + " but it or one of its entries is another kind of value");
    }

    @Test
    void severalErrorsAreListedInOneMessage() {
        assertThatThrownBy(() -> ParserMessages.warningsOrFail(FILE, true, List.of(
                "attribute paths is not of type `object`", "attribute tags is not of type `array`")))
                .hasMessage(FILE.displayName() + ": the description cannot be used (2 problems):\n"
                        + "  - 'paths' must be a mapping (key: value pairs) but is another kind of value\n"
                        + "  - 'tags' must be a list but is another kind of value");
    }

    @Test
    void descriptionSwaggerParserCannotReadAtAllIsAnError() {
        assertThatThrownBy(() -> ParserMessages.warningsOrFail(FILE, false, List.of("Unexpected error deserialising spec")))
                .isInstanceOf(ApiErrorsException.class)
                .hasMessage(FILE.displayName() + ": Swagger Parser cannot read the description:"
                        + " Unexpected error deserialising spec");
    }

    @Test
    void blankAndMissingMessagesAreIgnored() {
        assertThat(ParserMessages.warningsOrFail(FILE, true, null)).isEmpty();
        assertThat(ParserMessages.warningsOrFail(FILE, true, java.util.Arrays.asList(null, " "))).isEmpty();
    }
}
