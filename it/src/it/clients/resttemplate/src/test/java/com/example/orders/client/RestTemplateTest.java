package com.example.orders.client;

import com.example.orders.client.api.OrdersApi;
import com.example.orders.client.model.Order;
import com.example.orders.errors.ApiErrorException;
import com.example.orders.errors.ApiErrorsResponseErrorHandler;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.client.RestTemplate;

/** The resttemplate library: {@code restTemplate.setErrorHandler(new ApiErrorsResponseErrorHandler())}. */
class RestTemplateTest extends ClientContract {

    @Override
    Order update(int id, Order order) {
        // the JDK's HttpClient: HttpURLConnection, RestTemplate's default, loses the body of a 401 answer to a PUT
        RestTemplate rest = new RestTemplate(new JdkClientHttpRequestFactory());
        rest.setErrorHandler(new ApiErrorsResponseErrorHandler());
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
