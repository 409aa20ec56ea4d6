package org.linkage.gateway.security;

import org.linkage.gateway.problem.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 as problem+json with the {@code WWW-Authenticate} challenge of RFC 6750. The detail does not
 * say what was wrong with a token (expired, forged, wrong audience): that helps only an attacker.
 */
final class BearerProblemEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemWriter problems;

    BearerProblemEntryPoint(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
        boolean tokenPresented = e instanceof OAuth2AuthenticationException;
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                tokenPresented ? "Bearer error=\"invalid_token\"" : "Bearer");
        return problems.write(exchange, HttpStatus.UNAUTHORIZED,
                tokenPresented ? "the bearer token is invalid or expired" : "a bearer token is required");
    }
}
