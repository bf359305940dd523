package com.example.clients;

import org.springframework.web.client.RestClient;

/**
 * RestClients whose error statuses throw each convention's typed exceptions, written as README shows: this code
 * compiles without a warning on every Spring version of the build, as the generated sources do.
 */
public final class Clients {

    private Clients() {
    }

    /** A client of a service with the standard convention, for every request. */
    public static RestClient standard(String baseUrl) {
        return com.example.standard.errors.ApiErrorsStatusHandler.register(RestClient.builder())
                .baseUrl(baseUrl)
                .build();
    }

    /** One request to a service with the problem convention, its handler given for that request only. */
    public static String problem(RestClient client, String path) {
        return client.get().uri(path)
                .retrieve()
                .onStatus(com.example.problem.errors.ApiErrorsStatusHandler::isApiError,
                        new com.example.problem.errors.ApiErrorsStatusHandler())
                .body(String.class);
    }

    /** A client of a service with a team's own convention. */
    public static RestClient team(String baseUrl) {
        return com.example.team.errors.ApiErrorsStatusHandler.register(RestClient.builder().baseUrl(baseUrl)).build();
    }
}
