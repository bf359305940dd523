package com.example.orders;

import com.example.orders.errors.ApiErrorsFeature;
import com.sun.net.httpserver.HttpServer;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

import java.net.URI;

/** The orders service on Jersey; its errors are answered by the plugin's generated exception mappers. */
public class OrdersApplication extends ResourceConfig {

    public OrdersApplication() {
        register(OrdersResource.class);
        register(ApiErrorsFeature.class);
    }

    /** Starts the service on the given base URI, e.g. {@code http://127.0.0.1:0/} for any free port. */
    public static HttpServer start(URI base) {
        return JdkHttpServerFactory.createHttpServer(base, new OrdersApplication());
    }

    public static void main(String[] args) {
        HttpServer server = start(URI.create("http://127.0.0.1:" + (args.length > 0 ? args[0] : "8080") + "/"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
    }
}
