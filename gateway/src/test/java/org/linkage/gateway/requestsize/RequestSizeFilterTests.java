package org.linkage.gateway.requestsize;

import org.junit.jupiter.api.Test;
import org.linkage.gateway.problem.ProblemWriter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RequestSizeFilterTests {

    private final RequestSizeFilter filter = new RequestSizeFilter(DataSize.ofBytes(100), new ProblemWriter(JsonMapper.builder().build()));
    private final AtomicLong forwarded = new AtomicLong(-1);
    /** Reads the body as the gateway's body caching or routing would. */
    private final GatewayFilterChain downstream = exchange -> DataBufferUtils.join(exchange.getRequest().getBody())
            .doOnNext(body -> {
                forwarded.set(body.readableByteCount());
                DataBufferUtils.release(body);
            })
            .then();

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeAnythingIsRead() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/tasks").contentLength(101)
                .body(chunks(101)));
        filter.filter(exchange, downstream).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("\"status\":413");
        assertThat(forwarded).hasValue(-1);
    }

    @Test
    void aBodyOfUnknownLengthIsCutWhenItPassesTheLimit() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/tasks").body(chunks(101)));
        filter.filter(exchange, downstream).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(forwarded).hasValue(-1);
    }

    @Test
    void bodiesUpToTheLimitPassWhole() {
        MockServerWebExchange declared = MockServerWebExchange.from(MockServerHttpRequest.post("/api/tasks").contentLength(100).body(chunks(100)));
        filter.filter(declared, downstream).block();
        assertThat(forwarded).hasValue(100);

        MockServerWebExchange streamed = MockServerWebExchange.from(MockServerHttpRequest.post("/api/tasks").body(chunks(100)));
        filter.filter(streamed, downstream).block();
        assertThat(forwarded).hasValue(100);
        assertThat(streamed.getResponse().getStatusCode()).isNull();
    }

    /** The body in chunks of 10 bytes (the last one shorter). */
    private static Flux<DataBuffer> chunks(int bytes) {
        return Flux.range(0, (bytes + 9) / 10)
                .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[Math.min(10, bytes - i * 10)]));
    }
}
