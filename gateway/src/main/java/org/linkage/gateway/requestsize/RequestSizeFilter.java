package org.linkage.gateway.requestsize;

import org.linkage.gateway.problem.ProblemWriter;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Refuses bodies over the limit with 413. A declared {@code Content-Length} is checked before a byte
 * is read (the server never reads past it); a body of unknown length (chunked) is counted as it
 * streams and cut at the limit. Routes put this filter ahead of the gateway's body caching, which
 * would otherwise buffer any body whole.
 */
public final class RequestSizeFilter implements GatewayFilter {

    private final long maxBytes;
    private final ProblemWriter problems;

    RequestSizeFilter(DataSize max, ProblemWriter problems) {
        this.maxBytes = max.toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > maxBytes) {
            return tooLarge(exchange);
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        ServerWebExchange counted = exchange.mutate().request(new CountingRequest(exchange.getRequest(), maxBytes)).build();
        return chain.filter(counted)
                .onErrorResume(BodyTooLarge.class, e -> exchange.getResponse().isCommitted() ? Mono.error(e) : tooLarge(exchange));
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "the request body is larger than " + maxBytes + " bytes");
    }

    private static final class CountingRequest extends ServerHttpRequestDecorator {

        private final long maxBytes;

        CountingRequest(ServerHttpRequest delegate, long maxBytes) {
            super(delegate);
            this.maxBytes = maxBytes;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong seen = new AtomicLong();
            return super.getBody().map(buffer -> {
                if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
                    DataBufferUtils.release(buffer);
                    throw new BodyTooLarge();
                }
                return buffer;
            });
        }
    }

    private static final class BodyTooLarge extends RuntimeException {

        BodyTooLarge() {
            super("request body over the limit", null, false, false);
        }
    }
}
