package org.linkage.organization.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.linkage.platform.web.problem.ApiException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Duration;

/** {@code POST /api/auth/token}: a username and password in, a bearer token out. */
@RestController
class TokenController {

    private final LoginService logins;

    TokenController(LoginService logins) {
        this.logins = logins;
    }

    record TokenRequest(String username, String password) {

        /** Never prints the password. */
        @Override
        public String toString() {
            return "TokenRequest[username=" + username + "]";
        }
    }

    record TokenResponse(@JsonProperty("access_token") String accessToken,
                         @JsonProperty("token_type") String tokenType,
                         @JsonProperty("expires_in") long expiresIn) {
    }

    @PostMapping("/api/auth/token")
    Mono<ResponseEntity<TokenResponse>> token(@RequestBody TokenRequest request) {
        if (request.username() == null || request.username().isBlank()) {
            return Mono.error(ApiException.invalid("username", "is required"));
        }
        if (request.password() == null || request.password().isEmpty()) {
            return Mono.error(ApiException.invalid("password", "is required"));
        }
        return logins.login(request.username(), request.password())
                .map(token -> ResponseEntity.ok()
                        .cacheControl(CacheControl.noStore())
                        .body(new TokenResponse(token.value(), "Bearer", token.expiresIn().toSeconds())));
    }

    @ExceptionHandler(LoginThrottledException.class)
    ResponseEntity<ProblemDetail> throttled(LoginThrottledException e) {
        long seconds = Math.max(1, ceilSeconds(e.retryAfter()));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        problem.setProperty("retryAfterSeconds", seconds);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static long ceilSeconds(Duration duration) {
        return duration.plusMillis(999).toSeconds();
    }
}
