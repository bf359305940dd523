package com.example.orders.client;

import com.example.orders.client.api.OrdersApi;
import com.example.orders.client.model.Order;
import com.example.orders.errors.ApiErrorException;
import com.example.orders.errors.ApiErrorsWebClientFilter;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/** The webclient library: {@code filter(new ApiErrorsWebClientFilter())} on the WebClient. */
class WebClientTest extends ClientContract {

    @Override
    Order update(int id, Order order) {
        WebClient web = ApiClient.buildWebClientBuilder().filter(new ApiErrorsWebClientFilter()).build();
        ApiClient client = new ApiClient(web);
        client.setBasePath(server.baseUrl());
        return new OrdersApi(client).updateOrder(id, order).block();
    }

    @Override
    String header(ApiErrorException error, String name) {
        return ((WebClientResponseException) error.getCause()).getHeaders().getFirst(name);
    }

    @Override
    String rawBody(Exception failure) {
        return ((WebClientResponseException) failure).getResponseBodyAsString();
    }
}
