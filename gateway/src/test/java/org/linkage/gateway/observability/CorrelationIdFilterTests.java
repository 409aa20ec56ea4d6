package org.linkage.gateway.observability;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.MDC;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Hooks;
import reactor.core.publisher.Mono;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationIdFilterTests {

    private final CorrelationIdFilter filter = new CorrelationIdFilter();

    /** As spring.reactor.context-propagation=auto does in the application. */
    @BeforeAll
    static void propagateContext() {
        Hooks.enableAutomaticContextPropagation();
    }

    @AfterAll
    static void stopPropagating() {
        Hooks.disableAutomaticContextPropagation();
    }

    @ParameterizedTest
    @ValueSource(strings = {"console-42", "3f2b8c1e-7a51-4a4e-9d0e-2f1c0b6a9e77", "a.b:c_d"})
    void aSaneIdIsKept(String id) {
        assertThat(CorrelationIdFilter.resolve(id)).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "two words", "line\nbreak", "<b>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void anythingElseIsReplacedByAFreshUuid(String id) {
        assertThat(CorrelationIdFilter.resolve(id)).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void theIdGoesDownstreamIntoTheResponseAndIntoTheLogContext() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/tasks").header(CorrelationIdFilter.HEADER, "abc-1"));
        AtomicReference<String> downstream = new AtomicReference<>();
        AtomicReference<String> logged = new AtomicReference<>();

        filter.filter(exchange, forwarded -> Mono.fromRunnable(() -> {
                    downstream.set(forwarded.getRequest().getHeaders().getFirst(CorrelationIdFilter.HEADER));
                    logged.set(MDC.get(CorrelationIdFilter.MDC_KEY));
                }).then(forwarded.getResponse().setComplete()))
                .block();

        assertThat(downstream).hasValue("abc-1");
        assertThat(exchange.getResponse().getHeaders().getFirst(CorrelationIdFilter.HEADER)).isEqualTo("abc-1");
        assertThat(logged).hasValue("abc-1");
    }
}
