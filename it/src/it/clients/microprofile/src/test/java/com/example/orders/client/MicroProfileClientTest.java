package com.example.orders.client;

import com.example.orders.client.api.ApiException;
import com.example.orders.client.api.OrdersApi;
import com.example.orders.client.model.Order;
import com.example.orders.errors.ApiErrorException;
import com.example.orders.errors.ApiErrorsResponseExceptionMapper;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import java.net.URI;

/** The microprofile library: {@code register(ApiErrorsResponseExceptionMapper.class)} on the client. */
class MicroProfileClientTest extends ClientContract {

    @Override
    Order update(int id, Order order) throws Exception {
        OrdersApi api = RestClientBuilder.newBuilder()
                .baseUri(URI.create(server.baseUrl()))
                .register(ApiErrorsResponseExceptionMapper.class)
                .build(OrdersApi.class);
        return api.updateOrder(id, order);
    }

    @Override
    String header(ApiErrorException error, String name) {
        return ((WebApplicationException) error.getCause()).getResponse().getHeaderString(name);
    }

    @Override
    String rawBody(Exception failure) {
        return ((ApiException) failure).getResponse().readEntity(String.class);
    }
}
