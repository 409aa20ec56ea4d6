package org.linkage.organization.user;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * BCrypt hashing and checking, off the event loop: each call burns ~100 ms of CPU on purpose.
 */
@Component
public class Passwords {

    /** BCrypt reads at most this many bytes; Spring Security refuses longer input rather than truncate it. */
    public static final int MAX_BYTES = 72;

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    /** Checked against when there is no user, so an unknown username takes as long as a wrong password. */
    private final String decoyHash = bcrypt.encode(UUID.randomUUID().toString());

    public static boolean fitsBcrypt(String raw) {
        return raw.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    public Mono<String> hash(String raw) {
        return Mono.fromCallable(() -> bcrypt.encode(raw)).subscribeOn(Schedulers.boundedElastic());
    }

    public Mono<Boolean> matches(String raw, String hash) {
        return Mono.fromCallable(() -> fitsBcrypt(raw) ? bcrypt.matches(raw, hash) : decoyCheck())
                .subscribeOn(Schedulers.boundedElastic());
    }

    /** Spends the time of a real check and answers false. */
    public Mono<Boolean> matchesNobody() {
        return Mono.fromCallable(this::decoyCheck).subscribeOn(Schedulers.boundedElastic());
    }

    private boolean decoyCheck() {
        bcrypt.matches("decoy", decoyHash);
        return false;
    }
}
