package org.linkage.gateway.ratelimit;

import org.springframework.cloud.gateway.support.ipresolver.RemoteAddressResolver;
import org.springframework.cloud.gateway.support.ipresolver.XForwardedRemoteAddressResolver;
import org.springframework.web.server.ServerWebExchange;

import java.net.InetSocketAddress;

/**
 * The client's IP. Without trusted proxies it is the socket peer; behind N trusted proxies it is the
 * N-th {@code X-Forwarded-For} entry from the right, the one the outermost trusted proxy appended:
 * entries further left are whatever the client sent.
 */
final class ClientAddress {

    private final RemoteAddressResolver resolver;

    ClientAddress(int trustedProxies) {
        this.resolver = trustedProxies == 0 ? new RemoteAddressResolver() { }
                : XForwardedRemoteAddressResolver.maxTrustedIndex(trustedProxies);
    }

    String of(ServerWebExchange exchange) {
        InetSocketAddress address = resolver.resolve(exchange);
        return address != null ? address.getHostString() : "unknown";
    }
}
