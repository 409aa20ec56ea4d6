package org.linkage.platform.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * How services trust tokens ({@code linkage.security.*}). Only the JWKS is trusted: the local
 * issuer is the organization service, and an external OIDC issuer can replace it by configuration.
 *
 * @param publicPaths   paths served without a token, beside health, metrics and API docs
 * @param jwksCacheFile where the last good JWKS is kept across restarts; defaults to the temp directory
 */
@ConfigurationProperties("linkage.security")
public record SecurityProperties(String issuer, String audience, String jwksUri, List<String> publicPaths,
                                 String jwksCacheFile) {

    public SecurityProperties {
        issuer = issuer != null ? issuer : "linkage";
        audience = audience != null ? audience : "linkage";
        jwksUri = jwksUri != null ? jwksUri : "http://localhost:8081/.well-known/jwks.json";
        publicPaths = publicPaths != null ? List.copyOf(publicPaths) : List.of();
    }
}
