package com.example.none;

import com.example.none.errors.ApiError;
import com.example.none.errors.ApiErrorDecoder;
import com.example.none.errors.ApiErrorException;
import com.example.none.errors.ApiValidationError;
import com.example.none.errors.BusinessLogicException;
import com.example.none.errors.ErrorStatus;
import com.example.none.errors.InternalServerErrorException;
import com.example.none.errors.NotFoundException;
import com.example.none.errors.OperationErrors;
import com.example.none.errors.ValidationDetail;
import com.example.none.errors.ValidationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeneratedTypesTest {

    @Test
    void statusesFollowTheConvention() {
        assertEquals("Business Logic Error", ErrorStatus.BUSINESS_LOGIC_ERROR.reason());
        assertEquals("Validation error", ErrorStatus.fromCode(422).orElseThrow().reason());
        assertFalse(ErrorStatus.NOT_FOUND.retryable(), "4xx are not retryable");
        assertTrue(ErrorStatus.INTERNAL_SERVER_ERROR.escalate(), "5xx are escalated");
        assertTrue(ErrorStatus.fromCode(418).isEmpty(), "418 is not an error status of the convention");
    }

    @Test
    void serverSideExceptionsCarryTheirBody() {
        NotFoundException notFound = new NotFoundException("Risk profile 42 does not exist");
        assertEquals(404, notFound.code());
        assertEquals("Not Found", notFound.body().title());
        assertEquals("Risk profile 42 does not exist", notFound.body().description());

        ValidationException invalid = new ValidationException(List.of("body", "rik_profile_id"),
                "extra fields not permitted", "value_error.extra");
        ApiValidationError body = invalid.body();
        assertEquals(422, body.status());
        assertEquals(List.of("body", "rik_profile_id"), body.detail().get(0).loc());
        assertInstanceOf(ApiErrorException.class, invalid);
    }

    @Test
    void decoderReadsTheConventionsBodies() {
        String json = "{\"title\": \"Bad request\", \"detail\": [{\"loc\": [\"body\", \"rik_profile_id\"],"
                + " \"msg\": \"extra fields not permitted\", \"type\": \"value_error.extra\"}], \"status\": 400,"
                + " \"body\": {\"rik_profile_id\": \"K01FJCEA3TBBXNPP6GYZ2688EE3\"}, \"unknown\": [1, 2.5, null]}";
        ApiErrorException error = ApiErrorDecoder.decode(400, json.getBytes(StandardCharsets.UTF_8));
        ApiValidationError body = (ApiValidationError) error.body();
        assertEquals("Bad request", body.title());
        assertEquals(List.of(new ValidationDetail(List.of("body", "rik_profile_id"), "extra fields not permitted",
                "value_error.extra")), body.detail());
        assertEquals(Map.of("rik_profile_id", "K01FJCEA3TBBXNPP6GYZ2688EE3"), body.body());

        ApiErrorException conflict = ApiErrorDecoder.decode(409, "{\"title\": \"Business Logic Error\","
                + " \"description\": \"Already exists\", \"request_id\": \"r-1\","
                + " \"timestamp\": \"2021-10-19T15:06:19.855057+00:00\"}");
        assertInstanceOf(BusinessLogicException.class, conflict);
        ApiError general = (ApiError) conflict.body();
        assertEquals("r-1", general.requestId());
        assertEquals(2021, general.timestampValue().getYear());
    }

    @Test
    void decoderGivesTheRightTypeForABodyThatIsNotJson() {
        ApiErrorException error = ApiErrorDecoder.decode(500, "<html>Bad gateway</html>");
        assertInstanceOf(InternalServerErrorException.class, error);
        assertEquals("Internal Server Error", ((ApiError) error.body()).title());
        assertNull(((ApiError) error.body()).description());
        assertInstanceOf(NotFoundException.class, ApiErrorDecoder.decode(404, (byte[]) null));
        assertThrows(IllegalArgumentException.class, () -> ApiErrorDecoder.decode(418, ""));
    }

    @Test
    void catalogListsEveryOperationsErrorStatuses() {
        OperationErrors.Operation get = OperationErrors.getRiskProfile();
        assertEquals("GET", get.method());
        assertTrue(get.canReturn(404), "the author's own 404 is in the catalog");
        assertTrue(get.standardErrors().contains(ErrorStatus.INTERNAL_SERVER_ERROR));
        assertEquals(get, OperationErrors.find("GET /risk-profiles/{rik_profile_id}").orElseThrow());
        assertTrue(OperationErrors.health().errorStatuses().isEmpty(), "x-api-errors: false keeps additions off");
    }
}
