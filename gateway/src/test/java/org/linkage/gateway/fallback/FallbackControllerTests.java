package org.linkage.gateway.fallback;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import java.net.ConnectException;
import java.net.URI;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;

class FallbackControllerTests {

    private final FallbackController controller = new FallbackController();

    @Test
    void answers503ProblemForTheOriginalPathNotTheInternalForward() {
        MockServerWebExchange original = MockServerWebExchange.from(MockServerHttpRequest.post("/api/tasks/t-1"));
        ServerWebExchange forwarded = original.mutate().request(request -> request.path("/fallback/task-dispatch")).build();
        forwarded.getAttributes().put(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR, new ConnectException("Connection refused"));

        ResponseEntity<ProblemDetail> response = controller.unavailable("task-dispatch", forwarded);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        ProblemDetail problem = response.getBody();
        assertThat(problem.getDetail()).isEqualTo("the task-dispatch service is unavailable: not reachable");
        assertThat(problem.getInstance()).isEqualTo(URI.create("/api/tasks/t-1"));
        assertThat(problem.getProperties()).containsEntry("service", "task-dispatch");
    }

    @Test
    void saysWhyTheServiceIsUnavailable() {
        CircuitBreaker open = CircuitBreaker.ofDefaults("appraisal");
        open.transitionToOpenState();
        assertThat(FallbackController.reason(CallNotPermittedException.createCallNotPermittedException(open)))
                .isEqualTo("circuit open after repeated failures");
        assertThat(FallbackController.reason(new TimeoutException())).isEqualTo("no answer in time");
        assertThat(FallbackController.reason(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT))).isEqualTo("no answer in time");
        assertThat(FallbackController.reason(new ConnectException())).isEqualTo("not reachable");
        assertThat(FallbackController.reason(null)).isEqualTo("not reachable");
    }
}
