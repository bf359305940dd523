package com.example.orders;

import com.example.orders.api.OrdersApi;
import com.example.orders.errors.BusinessLogicException;
import com.example.orders.errors.ForbiddenException;
import com.example.orders.errors.InternalServerErrorException;
import com.example.orders.errors.NotFoundException;
import com.example.orders.errors.UnauthorizedException;
import com.example.orders.model.NewOrder;
import com.example.orders.model.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Implements the reactive interface OpenAPI Generator made from the enriched description. Errors
 * are thrown as they happen and signalled as {@code Mono.error}, both of which the generated
 * handler answers.
 */
@RestController
public class OrdersController implements OrdersApi {

    private final Map<String, Order> orders = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    public OrdersController() {
        orders.put("o-1", new Order("o-1", "tea", 2, Order.StatusEnum.OPEN));
    }

    @Override
    public Mono<ResponseEntity<Order>> createOrder(Mono<NewOrder> newOrder, ServerWebExchange exchange) {
        return newOrder.flatMap(sent -> {
            if (sent.getProduct().equals("sold out")) {
                return Mono.error(new BusinessLogicException("The product is sold out"));
            }
            Order order = new Order("o-n" + ids.incrementAndGet(), sent.getProduct(), sent.getQuantity(),
                    Order.StatusEnum.OPEN);
            orders.put(order.getId(), order);
            return Mono.just(ResponseEntity.status(HttpStatus.CREATED).body(order));
        });
    }

    /** Some order ids make the service fail, so that each error of the convention can be provoked. */
    @Override
    public Mono<ResponseEntity<Order>> getOrder(String orderId, ServerWebExchange exchange) {
        switch (orderId) {
            case "malformed-id" -> throw Refusals.malformedId();
            case "token-expired" -> throw new UnauthorizedException("JWT invalid");
            case "someone-elses" -> {
                return Mono.error(new ForbiddenException("The order belongs to another customer"));
            }
            case "cancelled" -> throw new BusinessLogicException("The order was cancelled");
            case "too-old" -> {
                return Mono.error(Refusals.tooOld());
            }
            case "ledger-down" -> throw new InternalServerErrorException("The ledger is not reachable");
            case "bug" -> {
                return Mono.error(new IllegalStateException("secret: db password hunter2 in OrdersController"));
            }
            default -> {
                Order order = orders.get(orderId);
                if (order == null) {
                    return Mono.error(new NotFoundException("Order " + orderId + " does not exist"));
                }
                return Mono.just(ResponseEntity.ok(order));
            }
        }
    }

    @Override
    public Mono<ResponseEntity<Flux<Order>>> listOrders(String status, Integer limit, ServerWebExchange exchange) {
        Flux<Order> found = Flux.fromIterable(orders.values())
                .filter(order -> order.getStatus().getValue().equals(status));
        return Mono.just(ResponseEntity.ok(limit == null ? found : found.take(limit)));
    }

    @Override
    public Mono<ResponseEntity<Void>> cancelOrder(String orderId, String xReason, String session,
                                                  ServerWebExchange exchange) {
        if (!orders.containsKey(orderId)) {
            return Mono.error(new NotFoundException("Order " + orderId + " does not exist"));
        }
        return Mono.just(ResponseEntity.noContent().build());
    }
}
