package com.example.team;

import com.example.team.errors.ApiErrorDecoder;
import com.example.team.errors.ApiErrorException;
import com.example.team.errors.ErrorStatus;
import com.example.team.errors.OperationErrors;
import com.example.team.errors.ServiceUnavailableException;
import com.example.team.errors.TeamError;
import com.example.team.errors.TooManyRequestsException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TeamConventionTest {

    @Test
    void theStatusesAreTheConventionsWithTheirRetryRule() {
        assertEquals(List.of(400, 404, 429, 500, 503),
                Arrays.stream(ErrorStatus.values()).map(ErrorStatus::code).toList());
        assertTrue(ErrorStatus.TOO_MANY_REQUESTS.retryable());
        assertFalse(ErrorStatus.TOO_MANY_REQUESTS.escalate());
        assertTrue(ErrorStatus.INTERNAL_SERVER_ERROR.escalate());
        assertFalse(ErrorStatus.BAD_REQUEST.retryable());
        assertEquals("application/vnd.team.error+json", ErrorStatus.MEDIA_TYPE);
    }

    @Test
    void theDecoderReadsTheTeamsBody() {
        ApiErrorException error = ApiErrorDecoder.decode(429, "{\"code\": \"TOO_MANY_REQUESTS\", \"message\": \"slow down\","
                + " \"retryAfterSeconds\": 30, \"hints\": [\"batch\"], \"source\": {\"field\": \"q\", \"index\": 1},"
                + " \"unknown\": true}");

        TooManyRequestsException tooMany = assertInstanceOf(TooManyRequestsException.class, error);
        assertTrue(tooMany.retryable());
        TeamError body = tooMany.body();
        assertEquals("slow down", body.message());
        assertEquals(30, body.retryAfterSeconds());
        assertEquals(List.of("batch"), body.hints());
        assertEquals("q", body.source().field());
        assertEquals(1, body.source().index());

        ServiceUnavailableException down = assertInstanceOf(ServiceUnavailableException.class,
                ApiErrorDecoder.decode(503, "<html>not json</html>"));
        assertNull(down.body().message());
        assertFalse(ApiErrorDecoder.isApiError(409), "409 is not one of this convention's statuses");
    }

    @Test
    void anExceptionMadeFromAMessageFillsWhatTheNamesTell() {
        TeamError body = new TooManyRequestsException("slow down").body();

        assertEquals("TOO_MANY_REQUESTS", body.code());
        assertEquals("slow down", body.message());
        assertNotNull(OffsetDateTime.parse(body.at()));
        assertEquals(List.of(), body.hints());
    }

    @Test
    void theCatalogKnowsTheAddedStatuses() {
        OperationErrors.Operation get = OperationErrors.find("getRiskProfile").orElseThrow();
        assertTrue(get.errorStatuses().containsAll(List.of("429", "503")), get.errorStatuses().toString());
    }
}
