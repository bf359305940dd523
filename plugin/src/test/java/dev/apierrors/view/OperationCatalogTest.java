package dev.apierrors.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.document.Operation;
import dev.apierrors.document.OperationWalker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OperationCatalogTest {

    @Test
    void theErrorStatusesAreTheFourAndFiveHundredCodesAndRangesWrittenInAnyCaseOrSpacing() throws Exception {
        ObjectNode document = (ObjectNode) new ObjectMapper().readTree("""
                {"paths": {"/a": {"get": {"responses": {
                  "200": {}, "404": {}, " 409 ": {}, "4xx": {}, "5XX": {}, "default": {}, "302": {},
                  "4000": {}, "40": {}, "4a4": {}, "x-500": {}, "500": {}, "499": {}}}}}}
                """);
        Operation operation = OperationWalker.operations(document).get(0);

        assertThat(OperationCatalog.errorStatuses(operation))
                .containsExactly("404", "409", "499", "4XX", "500", "5XX");
    }
}
