package org.linkage.organization.auth;

import org.linkage.organization.user.Passwords;
import org.linkage.organization.user.User;
import org.linkage.organization.user.UserStore;
import org.linkage.platform.web.problem.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Exchanges a username and password for an access token. Every refusal looks the same and takes
 * about as long (an unknown username still costs one BCrypt check), so answers reveal no usernames.
 */
@Service
public class LoginService {

    private static final String BAD_CREDENTIALS = "invalid username or password";

    private final UserStore users;
    private final Passwords passwords;
    private final LoginAttempts attempts;
    private final TokenIssuer tokens;

    LoginService(UserStore users, Passwords passwords, LoginAttempts attempts, TokenIssuer tokens) {
        this.users = users;
        this.passwords = passwords;
        this.attempts = attempts;
        this.tokens = tokens;
    }

    /** Errors: 401 {@link ApiException} for any wrong credential or a disabled user, {@link LoginThrottledException}. */
    public Mono<AccessToken> login(String username, String password) {
        return Mono.defer(() -> {
                    attempts.tryAttempt(username).ifPresent(wait -> {
                        throw new LoginThrottledException(wait);
                    });
                    return users.findByUsername(username)
                            .flatMap(user -> passwords.matches(password, user.passwordHash())
                                    .map(matches -> matches && !user.disabled() ? Optional.of(user) : Optional.<User>empty()))
                            .switchIfEmpty(passwords.matchesNobody().thenReturn(Optional.empty()));
                })
                .flatMap(user -> user.map(this::succeeded).orElseGet(() -> Mono.error(badCredentials())));
    }

    private Mono<AccessToken> succeeded(User user) {
        attempts.succeeded(user.username());
        return Mono.just(tokens.issue(user));
    }

    private static ApiException badCredentials() {
        return new ApiException(HttpStatus.UNAUTHORIZED, BAD_CREDENTIALS, List.of(), Map.of());
    }
}
