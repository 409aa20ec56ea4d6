package org.linkage.gateway.ratelimit;

import org.linkage.gateway.problem.ProblemWriter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The two rate limits routes choose from; each has its own buckets. */
@Component
public class RateLimits {

    private final RateLimitFilter perPrincipal;
    private final RateLimitFilter perClientIp;

    public RateLimits(RateLimitProperties properties, ProblemWriter problems) {
        ClientAddress address = new ClientAddress(properties.trustedProxies());
        this.perPrincipal = new RateLimitFilter(new TokenBuckets(properties.perPrincipal(), System::nanoTime),
                exchange -> subject(exchange).switchIfEmpty(Mono.fromSupplier(() -> "ip:" + address.of(exchange))), problems);
        this.perClientIp = new RateLimitFilter(new TokenBuckets(properties.perClientIp(), System::nanoTime),
                exchange -> Mono.fromSupplier(() -> "ip:" + address.of(exchange)), problems);
    }

    /** Keyed by the token's subject; anonymous requests (public paths) by client IP. */
    public RateLimitFilter perPrincipal() {
        return perPrincipal;
    }

    /** Keyed by client IP whoever the caller claims to be: for the token endpoint. */
    public RateLimitFilter perClientIp() {
        return perClientIp;
    }

    private static Mono<String> subject(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(principal -> "sub:" + ((JwtAuthenticationToken) principal).getToken().getSubject());
    }
}
