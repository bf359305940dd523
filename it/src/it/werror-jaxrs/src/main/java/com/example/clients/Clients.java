package com.example.clients;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;

/**
 * Jakarta REST clients whose error statuses throw each convention's typed exceptions, written as README shows:
 * this code compiles without a warning on every Jakarta REST version of the build, as the generated sources do.
 */
public final class Clients {

    private Clients() {
    }

    public static Client standard() {
        return ClientBuilder.newClient().register(com.example.standard.errors.ApiErrorsClientResponseFilter.class);
    }

    public static Client problem() {
        return ClientBuilder.newClient().register(com.example.problem.errors.ApiErrorsClientResponseFilter.class);
    }

    public static Client team() {
        return ClientBuilder.newClient().register(com.example.team.errors.ApiErrorsClientResponseFilter.class);
    }
}
