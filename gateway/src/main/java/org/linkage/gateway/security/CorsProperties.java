package org.linkage.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Browser origins allowed to call the API ({@code linkage.gateway.cors.allowed-origins}); the
 * console's dev server by default. Services behind the gateway do no CORS of their own.
 */
@ConfigurationProperties("linkage.gateway.cors")
public record CorsProperties(List<String> allowedOrigins) {

    public CorsProperties {
        allowedOrigins = allowedOrigins != null ? List.copyOf(allowedOrigins) : List.of();
    }
}
