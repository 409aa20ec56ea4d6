package org.linkage.gateway.route;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.builder.BooleanSpec;
import org.springframework.cloud.gateway.route.builder.Buildable;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.net.URI;
import java.util.function.UnaryOperator;

import static org.springframework.cloud.gateway.support.RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR;

/**
 * The filters an API route gets, outermost first:
 * <ol>
 *   <li>rate limit and body size, ahead of the gateway's body caching (order {@code HIGHEST_PRECEDENCE + 1000},
 *       switched on by the fallback below), so that a refused request is never buffered;</li>
 *   <li>a circuit breaker per service, shared by its routes (one service, one health), whose fallback
 *       answers 503 problem+json at once;</li>
 *   <li>inside it, retries of GETs only: a POST may have been carried out even if its answer was lost.</li>
 * </ol>
 * Each attempt waits at most {@code response-timeout}; the circuit breaker's time limiter, longer,
 * bounds all attempts together.
 */
final class RouteGuards {

    private static final int RATE_LIMIT_ORDER = Ordered.HIGHEST_PRECEDENCE + 100;
    private static final int REQUEST_SIZE_ORDER = Ordered.HIGHEST_PRECEDENCE + 200;

    private final ResilienceProperties resilience;

    RouteGuards(ResilienceProperties resilience) {
        this.resilience = resilience;
    }

    Buildable<Route> api(BooleanSpec matched, String service, URI uri, GatewayFilter rateLimit, GatewayFilter requestSize) {
        return api(matched, service, uri, rateLimit, requestSize, UnaryOperator.identity());
    }

    /** @param more route-specific filters, inside the circuit breaker */
    Buildable<Route> api(BooleanSpec matched, String service, URI uri, GatewayFilter rateLimit, GatewayFilter requestSize,
                         UnaryOperator<GatewayFilterSpec> more) {
        ResilienceProperties.Retry retry = resilience.retry();
        return matched
                .filters(filters -> more.apply(filters
                        .filter(rateLimit, RATE_LIMIT_ORDER)
                        .filter(requestSize, REQUEST_SIZE_ORDER)
                        .circuitBreaker(breaker -> breaker.setName(service).setFallbackUri("forward:/fallback/" + service))
                        .retry(config -> config
                                .setRetries(retry.retries())
                                .setMethods(HttpMethod.GET)
                                .setSeries()
                                .setStatuses(HttpStatus.BAD_GATEWAY, HttpStatus.SERVICE_UNAVAILABLE)
                                .setExceptions(IOException.class)
                                .setBackoff(retry.firstBackoff(), retry.maxBackoff(), 2, false))))
                .metadata(RESPONSE_TIMEOUT_ATTR, resilience.responseTimeout().toMillis())
                .uri(uri);
    }

    /**
     * A long-lived stream (SSE): rate limited per connection, but no circuit breaker, whose time
     * limiter would cut it, and no response timeout. Responses of {@code text/event-stream} are
     * flushed event by event (the gateway's streaming media types).
     */
    Buildable<Route> stream(BooleanSpec matched, URI uri, GatewayFilter rateLimit) {
        return matched
                .filters(filters -> filters.filter(rateLimit, RATE_LIMIT_ORDER))
                .metadata(RESPONSE_TIMEOUT_ATTR, -1L)
                .uri(uri);
    }
}
