package org.linkage.platform.web.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The issuer's public keys, fetched from its JWKS once and kept: refetched only for a key id not
 * seen yet (a rotation), at most once per {@code minRefresh}. The last good key set is also written
 * to a file, so a service restarted while the issuer is down still validates the tokens it knows.
 */
public class CachingJwkSource implements Function<SignedJWT, Flux<JWK>> {

    private static final Logger log = LoggerFactory.getLogger(CachingJwkSource.class);
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);

    private final WebClient web;
    private final String jwksUri;
    private final Path cacheFile;
    private final Duration minRefresh;
    private final Clock clock;
    private final AtomicReference<JWKSet> current = new AtomicReference<>();
    private final AtomicReference<Instant> lastFetch = new AtomicReference<>(Instant.EPOCH);

    /** @param cacheFile where the last good key set is kept, or null for memory only */
    public CachingJwkSource(WebClient web, String jwksUri, Path cacheFile, Duration minRefresh, Clock clock) {
        this.web = web;
        this.jwksUri = jwksUri;
        this.cacheFile = cacheFile;
        this.minRefresh = minRefresh;
        this.clock = clock;
    }

    @Override
    public Flux<JWK> apply(SignedJWT jwt) {
        String kid = jwt.getHeader().getKeyID();
        JWKSet known = current.get();
        Mono<JWKSet> keys = known != null && (kid == null || known.getKeyByKeyId(kid) != null || tooSoon())
                ? Mono.just(known)
                : fetch().onErrorResume(this::fallback);
        return keys.flatMapMany(set -> Flux.fromIterable(matching(set, kid)));
    }

    private boolean tooSoon() {
        return lastFetch.get().plus(minRefresh).isAfter(clock.instant());
    }

    private Mono<JWKSet> fetch() {
        lastFetch.set(clock.instant());
        return web.get().uri(jwksUri).retrieve().bodyToMono(String.class)
                .timeout(FETCH_TIMEOUT)
                .map(CachingJwkSource::parse)
                .flatMap(set -> {
                    current.set(set);
                    return save(set).thenReturn(set);
                });
    }

    private Mono<JWKSet> fallback(Throwable error) {
        JWKSet known = current.get();
        if (known != null) {
            return Mono.just(known);
        }
        return load().doOnNext(set -> {
                    current.set(set);
                    log.warn("JWKS at {} unreachable ({}); using the key set kept in {}", jwksUri, error.toString(), cacheFile);
                })
                .switchIfEmpty(Mono.error(error));
    }

    private Mono<Void> save(JWKSet set) {
        if (cacheFile == null) {
            return Mono.empty();
        }
        return Mono.fromRunnable(() -> {
            try {
                Files.createDirectories(cacheFile.toAbsolutePath().getParent());
                Path temporary = Files.createTempFile(cacheFile.toAbsolutePath().getParent(), "jwks", ".tmp");
                Files.writeString(temporary, set.toString(true));
                Files.move(temporary, cacheFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                log.warn("could not keep the JWKS in {}: {}", cacheFile, e.toString());
            }
        }).subscribeOn(Schedulers.boundedElastic()).then();
    }

    private Mono<JWKSet> load() {
        if (cacheFile == null) {
            return Mono.empty();
        }
        return Mono.fromCallable(() -> Files.isRegularFile(cacheFile) ? parse(Files.readString(cacheFile)) : null)
                .subscribeOn(Schedulers.boundedElastic());
    }

    private static List<JWK> matching(JWKSet set, String kid) {
        if (kid == null) {
            return set.getKeys();
        }
        JWK key = set.getKeyByKeyId(kid);
        return key == null ? List.of() : List.of(key);
    }

    private static JWKSet parse(String json) {
        try {
            return JWKSet.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("not a JWK set: " + e.getMessage(), e);
        }
    }
}
