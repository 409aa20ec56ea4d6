package org.linkage.gateway.security;

import org.junit.jupiter.api.Test;
import org.linkage.gateway.problem.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class BearerProblemEntryPointTests {

    private final BearerProblemEntryPoint entryPoint = new BearerProblemEntryPoint(new ProblemWriter(JsonMapper.builder().build()));

    @Test
    void noTokenGetsTheBareChallenge() {
        MockServerWebExchange exchange = exchange();
        entryPoint.commence(exchange, new AuthenticationCredentialsNotFoundException("Not Authenticated")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
        assertThat(exchange.getResponse().getBodyAsString().block())
                .isEqualTo("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                        + "\"detail\":\"a bearer token is required\",\"instance\":\"/api/orgs\"}");
    }

    @Test
    void aBadTokenIsNamedInvalidWithoutSayingWhy() {
        MockServerWebExchange exchange = exchange();
        entryPoint.commence(exchange, new InvalidBearerTokenException("Jwt expired at 2026-01-01T00:00:00Z")).block();

        assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer error=\"invalid_token\"");
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("the bearer token is invalid or expired")
                .doesNotContain("expired at");
    }

    private static MockServerWebExchange exchange() {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/api/orgs"));
    }
}
