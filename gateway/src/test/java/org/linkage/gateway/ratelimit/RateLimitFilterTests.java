package org.linkage.gateway.ratelimit;

import org.junit.jupiter.api.Test;
import org.linkage.gateway.problem.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitFilterTests {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger passed = new AtomicInteger();
    private final RateLimitFilter filter = new RateLimitFilter(
            new TokenBuckets(new RateLimitProperties.Policy(1, 0.25), now::get),
            exchange -> Mono.just("caller"),
            new ProblemWriter(JsonMapper.builder().build()));

    @Test
    void aRequestWithATokenPassesAndTheNextGets429WithRetryAfterInWholeSeconds() {
        MockServerWebExchange first = exchange();
        filter.filter(first, exchange -> Mono.fromRunnable(passed::incrementAndGet)).block();
        assertThat(passed).hasValue(1);
        assertThat(first.getResponse().getStatusCode()).isNull();

        MockServerWebExchange second = exchange();
        filter.filter(second, exchange -> Mono.fromRunnable(passed::incrementAndGet)).block();
        assertThat(passed).hasValue(1);
        assertThat(second.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(second.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("4");
        assertThat(second.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(second.getResponse().getBodyAsString().block())
                .contains("\"status\":429", "\"instance\":\"/api/tasks\"");
    }

    @Test
    void retryAfterIsRoundedUpNeverZero() {
        filter.filter(exchange(), exchange -> Mono.empty()).block();
        now.addAndGet(3_999_000_000L);
        MockServerWebExchange refused = exchange();
        filter.filter(refused, exchange -> Mono.empty()).block();
        assertThat(refused.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
    }

    private static MockServerWebExchange exchange() {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/api/tasks"));
    }
}
