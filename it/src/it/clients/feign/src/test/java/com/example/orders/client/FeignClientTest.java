package com.example.orders.client;

import com.example.orders.client.api.OrdersApi;
import com.example.orders.client.model.Order;
import com.example.orders.errors.ApiErrorException;
import com.example.orders.errors.ApiErrorsFeignErrorDecoder;
import feign.FeignException;

/** The feign library: {@code getFeignBuilder().errorDecoder(new ApiErrorsFeignErrorDecoder())}. */
class FeignClientTest extends ClientContract {

    @Override
    Order update(int id, Order order) {
        ApiClient client = new ApiClient();
        client.setBasePath(server.baseUrl());
        client.getFeignBuilder().errorDecoder(new ApiErrorsFeignErrorDecoder());
        return client.buildClient(OrdersApi.class).updateOrder(id, order);
    }

    @Override
    String header(ApiErrorException error, String name) {
        return ((FeignException) error.getCause()).responseHeaders().get(name).iterator().next();
    }

    @Override
    String rawBody(Exception failure) {
        return ((FeignException) failure).contentUTF8();
    }
}
