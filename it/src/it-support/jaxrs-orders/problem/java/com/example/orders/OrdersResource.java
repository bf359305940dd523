package com.example.orders;

import com.example.orders.api.OrdersApi;
import com.example.orders.errors.BadRequestException;
import com.example.orders.errors.BusinessLogicException;
import com.example.orders.errors.ForbiddenException;
import com.example.orders.errors.InternalServerErrorException;
import com.example.orders.errors.NotFoundException;
import com.example.orders.errors.UnauthorizedException;
import com.example.orders.errors.ApiValidationError;
import com.example.orders.errors.ApiValidationErrorErrorsItem;
import com.example.orders.errors.ValidationException;
import com.example.orders.model.NewOrder;
import com.example.orders.model.Order;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Implements the interface OpenAPI Generator made from the enriched description; its errors are problem details. */
@Singleton
public class OrdersResource implements OrdersApi {

    private final Map<String, Order> orders = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    public OrdersResource() {
        orders.put("o-1", new Order().id("o-1").product("tea").quantity(2).status(Order.StatusEnum.OPEN));
    }

    @Override
    public Order createOrder(NewOrder newOrder) {
        if (newOrder.getProduct().equals("sold out")) {
            throw new BusinessLogicException("The product is sold out");
        }
        Order order = new Order().id("o-n" + ids.incrementAndGet()).product(newOrder.getProduct())
                .quantity(newOrder.getQuantity()).status(Order.StatusEnum.OPEN);
        orders.put(order.getId(), order);
        return order;
    }

    /** Some order ids make the service throw, so that each error of the convention can be provoked. */
    @Override
    public Order getOrder(String orderId) {
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
            case "bug" -> throw new IllegalStateException("secret: db password hunter2 in OrdersResource");
            default -> {
                Order order = orders.get(orderId);
                if (order == null) {
                    throw new NotFoundException("Order " + orderId + " does not exist");
                }
                return order;
            }
        }
    }

    @Override
    public List<Order> listOrders(String status) {
        return orders.values().stream()
                .filter(order -> order.getStatus().value().equals(status))
                .toList();
    }
}
