package com.example.orders;

import com.example.orders.errors.ApiValidationError;
import com.example.orders.errors.ApiValidationErrorErrorsItem;
import com.example.orders.errors.BadRequestException;
import com.example.orders.errors.ValidationException;

import java.util.List;

/** The exceptions whose bodies say where the problem is, as problem details with a type of their own. */
final class Refusals {

    private Refusals() {
    }

    static BadRequestException malformedId() {
        return new BadRequestException("order ids start with o-");
    }

    static ValidationException tooOld() {
        return new ValidationException(new ApiValidationError(
                "https://example.com/problems/archived", "Validation error", 422,
                "orders older than a year are archived", "/orders/too-old",
                List.of(new ApiValidationErrorErrorsItem("orders older than a year are archived", null, "orderId",
                        null))));
    }
}
