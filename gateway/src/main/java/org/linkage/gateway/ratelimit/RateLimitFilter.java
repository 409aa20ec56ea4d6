package org.linkage.gateway.ratelimit;

import org.linkage.gateway.problem.ProblemWriter;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.function.Function;

/** Lets a request through when its key's bucket has a token, else answers 429 with {@code Retry-After}. */
public final class RateLimitFilter implements GatewayFilter {

    private final TokenBuckets buckets;
    private final Function<ServerWebExchange, Mono<String>> key;
    private final ProblemWriter problems;

    RateLimitFilter(TokenBuckets buckets, Function<ServerWebExchange, Mono<String>> key, ProblemWriter problems) {
        this.buckets = buckets;
        this.key = key;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return key.apply(exchange).flatMap(key -> {
            Duration wait = buckets.tryConsume(key);
            if (wait.isZero()) {
                return chain.filter(exchange);
            }
            long seconds = Math.max(1, (wait.toNanos() + 999_999_999L) / 1_000_000_000L);
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate limit exceeded, retry after " + seconds + " s");
        });
    }
}
