package dev.apierrors.textedit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** New YAML entries are quoted as the text around them is. */
class QuotingStyleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private static String added(String text, Insertion insertion) {
        String edited = TextEdit.apply(text, List.of(insertion), TextFormat.YAML);
        assertThat(edited).startsWith(text);
        return edited.substring(text.length());
    }

    private static final String RESPONSE = "{'$ref': '#/components/responses/NotFound'}";

    @Test
    void plainCodesGetAPlainCode() throws Exception {
        String text = "paths:\n  /a:\n    get:\n      responses:\n        200:\n          description: ok\n";

        assertThat(added(text, new Insertion("/paths/~1a/get/responses", "404", json(RESPONSE))))
                .isEqualTo("        404:\n          $ref: \"#/components/responses/NotFound\"\n");
    }

    @Test
    void singleQuotesEverywhereGiveSingleQuotesEverywhere() throws Exception {
        String text = "info:\n  title: 'Pets'\n  version: '1.0'\npaths:\n  /a:\n    get:\n      responses:\n"
                + "        '200':\n          '$ref': 'responses.yaml#/Ok'\n";

        assertThat(added(text, new Insertion("/paths/~1a/get/responses", "404", json(RESPONSE))))
                .isEqualTo("        '404':\n          '$ref': '#/components/responses/NotFound'\n");
    }

    @Test
    void doubleQuotedValuesAndPlainKeys() throws Exception {
        String text = "info:\n  title: \"Pets\"\n  version: \"1.0\"\ncomponents:\n  schemas:\n    Pet:\n"
                + "      type: \"object\"\n";

        assertThat(added(text, new Insertion("/components/schemas", "Error",
                json("{'type': 'object', 'required': ['title'], 'properties': {'title': {'type': 'string',"
                        + " 'example': 'Not Found: no pet 42', 'maxLength': 80}}}"))))
                .isEqualTo(String.join("\n", "    Error:", "      type: \"object\"", "      required:",
                        "      - \"title\"", "      properties:", "        title:", "          type: \"string\"",
                        "          example: \"Not Found: no pet 42\"", "          maxLength: 80", ""));
    }

    @Test
    void aKeysValuesAreWrittenAsTheTextWritesThatKeysValues() throws Exception {
        String text = "paths:\n  /a:\n    $ref: 'paths/a.yaml'\n  /b:\n    get:\n      description: plain text\n"
                + "      responses:\n        '200': {description: ok}\n";

        assertThat(added(text, new Insertion("/paths/~1b/get/responses", "404",
                json("{'$ref': 'common.yaml#/NotFound'}"))))
                .isEqualTo("        '404':\n          $ref: 'common.yaml#/NotFound'\n");
        assertThat(added(text, new Insertion("/paths/~1b/get/responses", "404",
                json("{'description': 'gone'}"))))
                .as("other values are plain, as the text's are").isEqualTo("        '404':\n          description: gone\n");
    }

    @Test
    void aTextWithoutQuotesGetsDoubleQuotesWhereTheyAreNeeded() throws Exception {
        String text = "paths:\n  /a:\n    get:\n      responses: {}\n";

        assertThat(TextEdit.apply(text, List.of(new Insertion("/paths/~1a/get/responses", "404", json(RESPONSE))),
                TextFormat.YAML)).isEqualTo("paths:\n  /a:\n    get:\n      responses: {\"404\": {$ref:"
                + " \"#/components/responses/NotFound\"}}\n");
    }

    @Test
    void aNewKeyFollowsItsSiblingsBeforeTheRestOfTheText() throws Exception {
        String text = "info:\n  title: 'Pets'\n  version: '1.0'\nx-codes: {'1': a}\npaths:\n  /a:\n    get:\n"
                + "      responses:\n        \"200\":\n          description: ok\n";

        assertThat(added(text, new Insertion("/paths/~1a/get/responses", "404", json(RESPONSE))))
                .isEqualTo("        \"404\":\n          $ref: '#/components/responses/NotFound'\n");
    }
}
