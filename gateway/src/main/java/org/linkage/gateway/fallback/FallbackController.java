package org.linkage.gateway.fallback;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.swagger.v3.oas.annotations.Hidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;

import java.net.URI;
import java.util.concurrent.TimeoutException;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;

/**
 * Where a service's circuit breaker forwards when the service is down, hung or its circuit is open:
 * an immediate 503 problem+json for any method, instead of a hanging or half-written response.
 */
@Hidden
@RestController
class FallbackController {

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    @RequestMapping("/fallback/{service}")
    ResponseEntity<ProblemDetail> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        String reason = reason(cause);
        if (cause instanceof CallNotPermittedException) {
            // the breaker doing its job: the failures that opened it were logged, one line per refusal would flood the log
            log.debug("{} unavailable ({})", service, reason);
        }
        else if (cause != null) {
            log.warn("{} unavailable ({}): {}", service, reason, cause.toString());
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the " + service + " service is unavailable: " + reason);
        problem.setInstance(originalPath(exchange));
        problem.setProperty("service", service);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static String reason(Throwable cause) {
        if (cause instanceof CallNotPermittedException) {
            return "circuit open after repeated failures";
        }
        if (cause instanceof TimeoutException
                || cause instanceof ResponseStatusException status && status.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
            return "no answer in time";
        }
        return "not reachable";
    }

    /** The path the client asked for, not the internal forward: the exchange before any mutation. */
    private static URI originalPath(ServerWebExchange exchange) {
        ServerWebExchange original = exchange;
        while (original instanceof ServerWebExchangeDecorator decorator) {
            original = decorator.getDelegate();
        }
        return URI.create(original.getRequest().getPath().value());
    }
}
