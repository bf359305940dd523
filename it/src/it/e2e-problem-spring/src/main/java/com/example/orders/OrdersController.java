package com.example.orders;

import com.example.orders.api.OrdersApi;
import com.example.orders.errors.ApiValidationError;
import com.example.orders.errors.ApiValidationErrorErrorsItem;
import com.example.orders.errors.BadRequestException;
import com.example.orders.errors.BusinessLogicException;
import com.example.orders.errors.ForbiddenException;
import com.example.orders.errors.InternalServerErrorException;
import com.example.orders.errors.NotFoundException;
import com.example.orders.errors.UnauthorizedException;
import com.example.orders.errors.ValidationException;
import com.example.orders.model.NewOrder;
import com.example.orders.model.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Implements the interface OpenAPI Generator made from the enriched description; its errors are problem details. */
@RestController
public class OrdersController implements OrdersApi {

    private final Map<String, Order> orders = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    public OrdersController() {
        orders.put("o-1", new Order("o-1", "tea", 2, Order.StatusEnum.OPEN));
    }

    @Override
    public ResponseEntity<Order> createOrder(NewOrder newOrder) {
        if (newOrder.getProduct().equals("sold out")) {
            throw new BusinessLogicException("The product is sold out");
        }
        Order order = new Order("o-n" + ids.incrementAndGet(), newOrder.getProduct(), newOrder.getQuantity(),
                Order.StatusEnum.OPEN);
        orders.put(order.getId(), order);
        return ResponseEntity.status(HttpStatus.CREATED).body(order);
    }

    /** Some order ids make the service throw, so that each error of the convention can be provoked. */
    @Override
    public ResponseEntity<Order> getOrder(String orderId) {
        switch (orderId) {
            case "malformed-id" -> throw new BadRequestException("order ids start with o-");
            case "token-expired" -> throw new UnauthorizedException("JWT invalid");
            case "someone-elses" -> throw new ForbiddenException("The order belongs to another customer");
            case "cancelled" -> throw new BusinessLogicException("The order was cancelled");
            case "too-old" -> throw new ValidationException(new ApiValidationError(
                    "https://example.com/problems/archived", "Validation error", 422,
                    "orders older than a year are archived", "/orders/too-old",
                    List.of(new ApiValidationErrorErrorsItem("orders older than a year are archived", null, "orderId",
                            null))));
            case "ledger-down" -> throw new InternalServerErrorException("The ledger is not reachable");
            case "bug" -> throw new IllegalStateException("secret: db password hunter2 in OrdersController");
            default -> {
                Order order = orders.get(orderId);
                if (order == null) {
                    throw new NotFoundException("Order " + orderId + " does not exist");
                }
                return ResponseEntity.ok(order);
            }
        }
    }

    @Override
    public ResponseEntity<List<Order>> listOrders(String status) {
        return ResponseEntity.ok(orders.values().stream()
                .filter(order -> order.getStatus().getValue().equals(status))
                .toList());
    }
}
