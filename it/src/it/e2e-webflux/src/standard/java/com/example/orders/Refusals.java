package com.example.orders;

import com.example.orders.errors.BadRequestException;
import com.example.orders.errors.ValidationDetail;
import com.example.orders.errors.ValidationException;

import java.util.List;

/** The exceptions whose bodies say where the problem is, in the standard convention's words. */
final class Refusals {

    private Refusals() {
    }

    static BadRequestException malformedId() {
        return new BadRequestException(List.of("path", "orderId"), "order ids start with o-", "value_error.format");
    }

    static ValidationException tooOld() {
        return new ValidationException(ValidationDetail.at("orders older than a year are archived",
                "value_error.archived", "path", "orderId"));
    }
}
