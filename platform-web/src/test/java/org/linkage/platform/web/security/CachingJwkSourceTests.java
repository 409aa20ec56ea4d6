package org.linkage.platform.web.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.reactive.function.client.WebClient;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A service keeps validating tokens when the issuer's JWKS is unreachable, even after a restart. */
class CachingJwkSourceTests {

    @TempDir
    Path dir;

    RSAKey key;
    HttpServer issuer;
    final AtomicInteger fetches = new AtomicInteger();

    @BeforeEach
    void issuer() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        issuer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer.createContext("/.well-known/jwks.json", exchange -> {
            fetches.incrementAndGet();
            byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        issuer.start();
    }

    @AfterEach
    void stop() {
        issuer.stop(0);
    }

    @Test
    void keysAreFetchedOnceAndKept() throws Exception {
        CachingJwkSource keys = source(dir.resolve("jwks.json"));

        assertThat(keys.apply(token("k1")).collectList().block()).extracting(JWK::getKeyID).containsExactly("k1");
        assertThat(keys.apply(token("k1")).collectList().block()).hasSize(1);

        assertThat(fetches).hasValue(1);
        assertThat(dir.resolve("jwks.json")).content().contains("\"kid\":\"k1\"").doesNotContain("\"d\":");
    }

    @Test
    void aServiceRestartedWhileTheIssuerIsDownUsesTheKeptKeys() throws Exception {
        source(dir.resolve("jwks.json")).apply(token("k1")).collectList().block();
        issuer.stop(0);

        List<JWK> afterRestart = source(dir.resolve("jwks.json")).apply(token("k1")).collectList().block();

        assertThat(afterRestart).extracting(JWK::getKeyID).containsExactly("k1");
    }

    @Test
    void withNothingKeptAnUnreachableIssuerIsAnError() throws Exception {
        issuer.stop(0);

        assertThatThrownBy(() -> source(dir.resolve("none.json")).apply(token("k1")).collectList().block())
                .isNotNull();
    }

    @Test
    void anUnknownKeyIdRefetchesAtMostOncePerInterval() throws Exception {
        AdjustableClock clock = new AdjustableClock();
        CachingJwkSource keys = source(dir.resolve("jwks.json"), Duration.ofMillis(300), clock);
        keys.apply(token("k1")).collectList().block();

        assertThat(keys.apply(token("rotated")).collectList().block()).isEmpty();
        assertThat(fetches).as("a random kid right after a fetch does not reach the issuer").hasValue(1);
        clock.advance(Duration.ofMillis(400));
        assertThat(keys.apply(token("rotated")).collectList().block()).isEmpty();
        assertThat(keys.apply(token("rotated")).collectList().block()).isEmpty();

        assertThat(fetches).as("one more fetch for the new kid, none more within the interval").hasValue(2);
    }

    private CachingJwkSource source(Path cache) {
        return source(cache, Duration.ofMinutes(1));
    }

    private CachingJwkSource source(Path cache, Duration minRefresh) {
        return source(cache, minRefresh, Clock.systemUTC());
    }

    private CachingJwkSource source(Path cache, Duration minRefresh, Clock clock) {
        String uri = "http://127.0.0.1:" + issuer.getAddress().getPort() + "/.well-known/jwks.json";
        return new CachingJwkSource(WebClient.create(), uri, cache, minRefresh, clock);
    }

    /** Time that moves only when told, so the refresh interval is tested without sleeping on a busy machine. */
    private static final class AdjustableClock extends Clock {

        private Instant now = Instant.parse("2026-11-26T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private SignedJWT token(String kid) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(),
                new JWTClaimsSet.Builder().subject("u").build());
        jwt.sign(new RSASSASigner(key));
        return jwt;
    }
}
