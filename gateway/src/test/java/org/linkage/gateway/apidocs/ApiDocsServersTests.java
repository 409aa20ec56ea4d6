package org.linkage.gateway.apidocs;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsServersTests {

    private final ApiDocsServers servers = new ApiDocsServers(JsonMapper.builder().build());

    @Test
    void theServiceAddressIsReplacedByTheGateway() {
        String rewritten = rewrite(HttpStatus.OK,
                "{\"openapi\":\"3.1.0\",\"servers\":[{\"url\":\"http://10.0.3.7:8082\"},{\"url\":\"http://task-dispatch:8082\"}],\"paths\":{}}");
        assertThat(rewritten).isEqualTo("{\"openapi\":\"3.1.0\",\"servers\":[{\"url\":\"/\"}],\"paths\":{}}");
    }

    @Test
    void errorsAndNonJsonPassUntouched() {
        assertThat(rewrite(HttpStatus.SERVICE_UNAVAILABLE, "{\"status\":503}")).isEqualTo("{\"status\":503}");
        assertThat(rewrite(HttpStatus.OK, "<html>")).isEqualTo("<html>");
        assertThat(rewrite(HttpStatus.OK, "[1]")).isEqualTo("[1]");
    }

    private String rewrite(HttpStatus status, String body) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/v3/api-docs/task-dispatch"));
        exchange.getResponse().setStatusCode(status);
        return Mono.from(servers.apply(exchange, body)).block();
    }
}
