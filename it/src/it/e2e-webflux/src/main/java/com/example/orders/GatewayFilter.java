package com.example.orders;

import com.example.orders.errors.ForbiddenException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A filter in front of every handler, as an authentication filter would be: its errors never
 * reach a controller. {@code X-Gateway: deny} is refused with our exception, {@code X-Gateway: crash}
 * fails with one the service does not expect.
 */
@Component
public class GatewayFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String gateway = exchange.getRequest().getHeaders().getFirst("X-Gateway");
        if ("deny".equals(gateway)) {
            return Mono.error(new ForbiddenException("The gateway refused the request"));
        }
        if ("crash".equals(gateway)) {
            throw new IllegalStateException("secret: gateway key hunter2");
        }
        return chain.filter(exchange);
    }
}
