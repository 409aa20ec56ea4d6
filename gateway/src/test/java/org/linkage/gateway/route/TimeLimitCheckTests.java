package org.linkage.gateway.route;

import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class TimeLimitCheckTests {

    private static final List<String> SERVICES = List.of("organization", "appraisal");

    @Test
    void resilience4jsOneSecondDefaultIsRefusedForAFiveSecondRoute() {
        assertThatIllegalStateException()
                .isThrownBy(() -> TimeLimitCheck.require(TimeLimiterRegistry.ofDefaults(), SERVICES, Duration.ofSeconds(5)))
                .withMessageContaining("'organization'").withMessageContaining("PT1S");
    }

    @Test
    void aLongerDefaultPasses() {
        TimeLimiterRegistry registry = TimeLimiterRegistry.of(limit(Duration.ofSeconds(6)));
        assertThatCode(() -> TimeLimitCheck.require(registry, SERVICES, Duration.ofSeconds(5))).doesNotThrowAnyException();
    }

    @Test
    void aShorterLimitForOneServiceIsRefused() {
        TimeLimiterRegistry registry = TimeLimiterRegistry.of(Map.of("default", limit(Duration.ofSeconds(6)),
                "appraisal", limit(Duration.ofSeconds(5))));
        assertThatIllegalStateException()
                .isThrownBy(() -> TimeLimitCheck.require(registry, SERVICES, Duration.ofSeconds(5)))
                .withMessageContaining("'appraisal'");
    }

    private static TimeLimiterConfig limit(Duration timeout) {
        return TimeLimiterConfig.custom().timeoutDuration(timeout).build();
    }
}
