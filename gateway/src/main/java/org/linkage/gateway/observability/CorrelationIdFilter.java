package org.linkage.gateway.observability;

import io.micrometer.context.ContextRegistry;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an {@code X-Correlation-Id}: the caller's if it is a sane token, else a new
 * UUID. It goes downstream, back in the response (even on a 401 or 429) and into the MDC as
 * {@code correlationId} for every log line written while handling the request (the Reactor context
 * is restored onto each thread because {@code spring.reactor.context-propagation=auto}).
 * The W3C trace context is handled beside it by Micrometer Tracing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIdFilter implements WebFilter {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";

    /** No spaces, newlines or markup: the value is logged and echoed. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    static {
        // the Reactor context entry written below becomes the MDC entry on every thread the request runs on
        ContextRegistry.getInstance().registerThreadLocalAccessor(MDC_KEY,
                () -> MDC.get(MDC_KEY), value -> MDC.put(MDC_KEY, value), () -> MDC.remove(MDC_KEY));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = resolve(exchange.getRequest().getHeaders().getFirst(HEADER));
        ServerHttpRequest request = exchange.getRequest().mutate().headers(headers -> headers.set(HEADER, id)).build();
        exchange.getResponse().beforeCommit(() -> {
            // set, not add: a service that echoes the id must not double it
            exchange.getResponse().getHeaders().set(HEADER, id);
            return Mono.empty();
        });
        return chain.filter(exchange.mutate().request(request).build()).contextWrite(Context.of(MDC_KEY, id));
    }

    static String resolve(String incoming) {
        return incoming != null && ACCEPTED.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }
}
