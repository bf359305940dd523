package com.example.orders.client;

import com.example.orders.client.api.OrdersApi;
import com.example.orders.client.model.Order;
import com.example.orders.errors.ApiErrorException;
import com.example.orders.errors.ApiErrorsStatusHandler;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/** The restclient library: {@code ApiErrorsStatusHandler.register(builder)}. */
class RestClientTest extends ClientContract {

    @Override
    Order update(int id, Order order) {
        RestClient rest = ApiErrorsStatusHandler.register(ApiClient.buildRestClientBuilder()).build();
        ApiClient client = new ApiClient(rest);
        client.setBasePath(server.baseUrl());
        return new OrdersApi(client).updateOrder(id, order);
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
