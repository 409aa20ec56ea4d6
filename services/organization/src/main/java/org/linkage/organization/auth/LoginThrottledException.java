package org.linkage.organization.auth;

import java.time.Duration;

/** Too many failed logins for one username: answered 429 with {@code Retry-After}. */
public class LoginThrottledException extends RuntimeException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("too many failed logins, try again later");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
