package com.example.orders.client;

import com.example.orders.client.api.OrdersApiClient;
import com.example.orders.client.model.Order;
import com.example.orders.errors.ApiErrorException;
import com.example.orders.errors.ApiErrorsFeignErrorDecoder;
import feign.FeignException;
import feign.codec.ErrorDecoder;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/** Spring Cloud OpenFeign: an {@code ErrorDecoder} bean, {@code new ApiErrorsFeignErrorDecoder()}. */
class SpringCloudOpenFeignTest extends ClientContract {

    private static ConfigurableApplicationContext context;

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @EnableFeignClients(clients = OrdersApiClient.class)
    static class Application {

        @Bean
        ErrorDecoder apiErrorsDecoder() {
            return new ApiErrorsFeignErrorDecoder();
        }
    }

    @AfterAll
    static void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Override
    Order update(int id, Order order) {
        if (context == null) {
            context = new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
                    .properties("orders.name=orders", "orders.url=" + server.baseUrl()).run();
        }
        return context.getBean(OrdersApiClient.class).updateOrder(id, order).getBody();
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
