package org.linkage.gateway.ratelimit;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import java.net.InetSocketAddress;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTests {

    /** The client claims an address; the one trusted proxy (the socket peer) appended the real one. */
    private final MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/auth/token")
            .remoteAddress(new InetSocketAddress("10.0.0.5", 40000))
            .header("X-Forwarded-For", "1.2.3.4, 198.51.100.20"));

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertThat(new ClientAddress(0).of(exchange)).isEqualTo("10.0.0.5");
    }

    @Test
    void behindOneProxyItsEntryCountsNotTheClientsClaim() {
        assertThat(new ClientAddress(1).of(exchange)).isEqualTo("198.51.100.20");
    }
}
