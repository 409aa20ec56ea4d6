package org.linkage.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Objects;

/**
 * Request limits ({@code linkage.gateway.rate-limit.*}, values in application.yml). The buckets live
 * in this replica's memory: with N replicas a client can get up to N times these limits.
 *
 * @param trustedProxies how many proxies in front of the gateway append to {@code X-Forwarded-For};
 *                       0 uses the socket address, so a client cannot pick its own key
 * @param perPrincipal   every API route, keyed by the token's subject (by client IP when anonymous)
 * @param perClientIp    {@code /api/auth/token}, keyed by client IP: slows password guessing
 */
@ConfigurationProperties("linkage.gateway.rate-limit")
public record RateLimitProperties(int trustedProxies, Policy perPrincipal, Policy perClientIp) {

    public RateLimitProperties {
        if (trustedProxies < 0) {
            throw new IllegalArgumentException("linkage.gateway.rate-limit.trusted-proxies must not be negative");
        }
        Objects.requireNonNull(perPrincipal, "linkage.gateway.rate-limit.per-principal is required");
        Objects.requireNonNull(perClientIp, "linkage.gateway.rate-limit.per-client-ip is required");
    }

    /**
     * A token bucket.
     *
     * @param burstCapacity the most requests in a burst
     * @param replenishRate tokens added per second (fractions allowed: 0.2 is one request every 5 s)
     */
    public record Policy(int burstCapacity, double replenishRate) {

        public Policy {
            if (burstCapacity < 1 || !(replenishRate > 0)) {
                throw new IllegalArgumentException("a rate limit needs burst-capacity >= 1 and replenish-rate > 0");
            }
        }
    }
}
