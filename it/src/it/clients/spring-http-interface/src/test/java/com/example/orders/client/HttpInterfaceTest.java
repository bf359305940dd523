package com.example.orders.client;

import com.example.orders.client.api.OrdersApi;
import com.example.orders.client.model.Order;
import com.example.orders.errors.ApiErrorException;
import com.example.orders.errors.ApiErrorsStatusHandler;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/** The spring generator's HTTP interface, on a RestClient with {@code ApiErrorsStatusHandler.register(builder)}. */
class HttpInterfaceTest extends ClientContract {

    @Override
    Order update(int id, Order order) {
        RestClient rest = ApiErrorsStatusHandler.register(RestClient.builder().baseUrl(server.baseUrl())).build();
        OrdersApi api = HttpServiceProxyFactory.builderFor(RestClientAdapter.create(rest)).build()
                .createClient(OrdersApi.class);
        return api.updateOrder(id, order).getBody();
    }

    @Override
    String header(ApiErrorException error, String name) {
        return ((RestClientResponseException) error.getCause()).getResponseHeaders().getFirst(name);
    }

    @Override
    String rawBody(Exception failure) {
        return ((RestClientResponseException) failure).getResponseBodyAsString();
    }
}
