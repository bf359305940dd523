package com.example.orders.client;

import com.example.orders.client.api.OrdersApi;
import com.example.orders.client.model.Order;
import com.example.orders.errors.ApiErrorException;
import com.example.orders.errors.ApiErrorsResponseInterceptor;


/** The native client: {@code setResponseInterceptor(new ApiErrorsResponseInterceptor())}. */
class NativeClientTest extends ClientContract {

    private OrdersApi api() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(server.baseUrl());
        client.setResponseInterceptor(new ApiErrorsResponseInterceptor());
        return new OrdersApi(client);
    }

    @Override
    Order update(int id, Order order) throws Exception {
        return api().updateOrder(id, order);
    }

    @Override
    String header(ApiErrorException error, String name) {
        return ((ApiErrorsResponseInterceptor.ErrorResponse) error.getCause()).headers().firstValue(name).orElseThrow();
    }

    @Override
    String rawBody(Exception failure) {
        return ((ApiException) failure).getResponseBody();
    }
}
