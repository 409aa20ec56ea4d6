package org.linkage.gateway.observability;

import io.micrometer.observation.Observation;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyRoutingFilter;
import org.springframework.cloud.gateway.filter.headers.observation.GatewayContext;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_OBSERVATION_ATTR;

/**
 * Stops the gateway's client observation ({@code http.client.requests}, the downstream span) of an
 * attempt that ended without a response: connection refused, response timeout, or cancelled by the
 * time limiter or the caller. Spring Cloud Gateway stops it only when a response arrives or when the
 * error reaches a web exception handler, which a circuit-breaker fallback or a retry never lets
 * happen; each such failure would leave an open span and an "active" long-task timer behind for good,
 * a leak that grows fastest exactly when a service is down.
 */
@Component
class ClientObservationCloser implements GlobalFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange)
                .doOnError(error -> close(exchange, error))
                .doOnCancel(() -> close(exchange, null));
    }

    /** Just outside the routing filter, so that it sees each attempt of a retried request. */
    @Override
    public int getOrder() {
        return NettyRoutingFilter.ORDER - 1;
    }

    private static void close(ServerWebExchange exchange, Throwable error) {
        Observation observation = exchange.getAttribute(GATEWAY_OBSERVATION_ATTR);
        // a response means the gateway has stopped it already
        if (observation != null && observation.getContext() instanceof GatewayContext context && context.getResponse() == null) {
            if (error != null) {
                observation.error(error);
            }
            observation.stop();
            // so that the gateway's exception handler does not stop it a second time
            exchange.getAttributes().remove(GATEWAY_OBSERVATION_ATTR);
        }
    }
}
